package dev.ibtrading.pubsub.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How to start the Pub/Sub emulator on this machine: preferably its jar straight on this JVM's
 * {@code java} (ready in under a second), else through {@code gcloud beta emulators pubsub start}
 * (a Python wrapper around the same jar, about three seconds slower).
 *
 * <p>The SDK is found from {@code CLOUDSDK_ROOT_DIR}, then from the real path of {@code gcloud} on
 * the {@code PATH} ({@code <sdk>/bin/gcloud}), then by asking {@code gcloud info}.
 *
 * @param jar the emulator's self-contained jar, or {@code null} to go through {@code gcloud}
 * @param gcloud the {@code gcloud} executable, used when there is no jar
 * @param java the {@code java} that runs the jar
 */
public record EmulatorInstallation(Path jar, Path gcloud, Path java) {
  static final String JAR_DIR = "platform/pubsub-emulator/lib";
  static final String HEAP = "-Xmx128m";
  private static final long GCLOUD_INFO_TIMEOUT_SECONDS = 20;

  public EmulatorInstallation {
    if (jar == null && gcloud == null) {
      throw new IllegalArgumentException("an emulator jar or a gcloud executable is required");
    }
  }

  /** The emulator on this machine, from this process's environment. */
  public static Optional<EmulatorInstallation> find() {
    return find(System.getenv(), Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  /**
   * The emulator as seen with environment {@code env} ({@code PATH}, {@code CLOUDSDK_ROOT_DIR}),
   * run by {@code java}; empty when neither the jar nor {@code gcloud} is there.
   */
  static Optional<EmulatorInstallation> find(Map<String, String> env, Path java) {
    Optional<Path> gcloud = onPath("gcloud", env.get("PATH"));
    Set<Path> roots = new LinkedHashSet<>();
    Optional.ofNullable(env.get("CLOUDSDK_ROOT_DIR")).map(Path::of).ifPresent(roots::add);
    gcloud.flatMap(EmulatorInstallation::sdkRootOf).ifPresent(roots::add);
    Optional<Path> jar = firstJar(roots);
    if (jar.isEmpty() && gcloud.isPresent()) {
      jar = askGcloud(gcloud.get()).flatMap(root -> firstJar(Set.of(root)));
    }
    if (jar.isEmpty() && gcloud.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EmulatorInstallation(jar.orElse(null), gcloud.orElse(null), java));
  }

  /** The command that starts the emulator on host:port. */
  public List<String> command(String host, int port) {
    if (jar != null) {
      return List.of(
          java.toString(),
          HEAP,
          "-XX:+UseSerialGC",
          "-jar",
          jar.toString(),
          "--host=" + host,
          "--port=" + port);
    }
    return List.of(
        gcloud.toString(),
        "beta",
        "emulators",
        "pubsub",
        "start",
        "--host-port=" + host + ":" + port,
        "--quiet");
  }

  /** Environment additions for {@link #command}: the heap limit for the gcloud wrapper's JVM. */
  public Map<String, String> environment() {
    return jar != null ? Map.of() : Map.of("JAVA_OPTS", HEAP, "CLOUDSDK_CORE_DISABLE_PROMPTS", "1");
  }

  /** For logs: what is started. */
  public String describe() {
    return jar != null ? "emulator jar " + jar : "gcloud emulator wrapper " + gcloud;
  }

  private static Optional<Path> onPath(String name, String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** {@code <sdk>/bin/gcloud} after resolving links (e.g. /usr/bin/gcloud on Debian). */
  private static Optional<Path> sdkRootOf(Path gcloud) {
    try {
      Path real = gcloud.toRealPath();
      Path bin = real.getParent();
      return bin == null || bin.getParent() == null
          ? Optional.empty()
          : Optional.of(bin.getParent());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> firstJar(Set<Path> roots) {
    for (Path root : roots) {
      Path dir = root.resolve(JAR_DIR);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> jars = new ArrayList<>();
      try (DirectoryStream<Path> found =
          Files.newDirectoryStream(dir, "cloud-pubsub-emulator-*-all.jar")) {
        found.forEach(jars::add);
      } catch (IOException e) {
        continue;
      }
      // Several versions side by side: the last by name is the newest of same-width versions.
      Optional<Path> newest = jars.stream().max(Comparator.comparing(Path::toString));
      if (newest.isPresent()) {
        return newest;
      }
    }
    return Optional.empty();
  }

  /** {@code gcloud info --format=value(installation.sdk_root)}, bounded; empty on any failure. */
  private static Optional<Path> askGcloud(Path gcloud) {
    try {
      Process info =
          new ProcessBuilder(
                  gcloud.toString(), "info", "--format=value(installation.sdk_root)", "--quiet")
              .redirectErrorStream(false)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      info.getOutputStream().close();
      if (!info.waitFor(GCLOUD_INFO_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        info.destroyForcibly();
        return Optional.empty();
      }
      String root =
          new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return info.exitValue() == 0 && !root.isEmpty()
          ? Optional.of(Path.of(root))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
