package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Node.js project under {@code src/test/node/stoqey-conformance}, made ready to run: finds
 * {@code node} and {@code npm} on the PATH and installs the locked dependencies with {@code npm ci}
 * when {@code node_modules} is missing or was installed from another lock file.
 *
 * <p>Without Node.js 18+ a test is skipped, except on CI ({@code CI=true}), where it fails: a
 * conformance check that silently never runs is worse than none.
 */
final class NodeProject {
  static final String INSTALL_HINT =
      "install Node.js 18+ (with npm) and put node and npm on the PATH to run the stoqey"
          + " conformance check";
  private static final int MIN_NODE_MAJOR = 18;
  private static final long NPM_CI_TIMEOUT_MINUTES = 5;
  private static final String STAMP = ".conformance-lock-sha256";

  private final Path dir;
  private final Path node;

  private NodeProject(Path dir, Path node) {
    this.dir = dir;
    this.node = node;
  }

  /** The project in this source tree, installed and ready; skips or fails without Node.js. */
  static synchronized NodeProject ready() {
    Path dir = sourceRoot().resolve("src/test/node/stoqey-conformance");
    Path node = requireTool("node");
    Path npm = requireTool("npm");
    requireNodeVersion(node);
    NodeProject project = new NodeProject(dir, node);
    project.installIfNeeded(npm);
    return project;
  }

  Path dir() {
    return dir;
  }

  Path node() {
    return node;
  }

  Path script() {
    return dir.resolve("conformance.js");
  }

  private void installIfNeeded(Path npm) {
    String wanted = lockDigest();
    Path stamp = dir.resolve("node_modules").resolve(STAMP);
    try {
      if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(wanted)) {
        return;
      }
      Path log = Files.createTempFile("npm-ci", ".log");
      Process npmCi =
          new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!npmCi.waitFor(NPM_CI_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        npmCi.destroyForcibly();
        fail("npm ci in %s did not finish in %d minutes", dir, NPM_CI_TIMEOUT_MINUTES);
      }
      if (npmCi.exitValue() != 0) {
        fail("npm ci in %s exited %d:%n%s", dir, npmCi.exitValue(), Files.readString(log));
      }
      Files.writeString(stamp, wanted);
    } catch (IOException e) {
      throw new IllegalStateException("cannot install the node project in " + dir, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while installing " + dir, e);
    }
  }

  private String lockDigest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file : List.of("package.json", "package-lock.json")) {
        sha.update(Files.readAllBytes(dir.resolve(file)));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the node project in " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path sourceRoot() {
    // Surefire and failsafe set basedir; an IDE runs from the module directory.
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  private static Path requireTool(String name) {
    Optional<Path> found = onPath(name);
    if (found.isEmpty()) {
      unavailable(name + " is not on the PATH: " + INSTALL_HINT);
    }
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(entry, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static void requireNodeVersion(Path node) {
    String version = nodeVersion(node);
    int major;
    try {
      major = Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
    } catch (NumberFormatException e) {
      major = 0;
    }
    if (major < MIN_NODE_MAJOR) {
      unavailable(
          "node --version says '" + version + "' (expected: v18 or later): " + INSTALL_HINT);
    }
  }

  private static String nodeVersion(Path node) {
    try {
      Process p =
          new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "no answer in 30 s";
      }
      return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static void unavailable(String message) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
  }
}
