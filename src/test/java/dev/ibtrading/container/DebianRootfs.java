package dev.ibtrading.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The root filesystem of the local stand-in for {@code debian:bookworm-slim} (no registry is
 * reachable here), made by {@code docker/test/debian-rootfs.sh} with mmdebstrap and cached between
 * runs under {@code ~/.cache/ib-trading/}, keyed by the script's sha256 (its package list and
 * options): about 2.5 minutes the first time, nothing after.
 */
final class DebianRootfs {
  static final Path SCRIPT = Podman.TEST_CONFIG.resolve("debian-rootfs.sh");
  private static final Path CACHE =
      Path.of(System.getProperty("user.home"), ".cache", "ib-trading");

  private DebianRootfs() {}

  /** The cached tarball, made first if missing; the time taken goes to the test's output. */
  static Path tarball() {
    try {
      String key = HexFormat.of().formatHex(sha256(Files.readAllBytes(SCRIPT))).substring(0, 16);
      Path tarball = CACHE.resolve("debian-bookworm-slim-" + key + ".tar");
      if (Files.isRegularFile(tarball)) {
        System.out.println("rootfs from the cache: " + tarball);
        return tarball;
      }
      Files.createDirectories(CACHE);
      Path log = Files.createTempFile("mmdebstrap-", ".log");
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder("bash", SCRIPT.toString(), tarball.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean ended = process.waitFor(20, TimeUnit.MINUTES);
      System.out.println("$ bash " + SCRIPT + " " + tarball);
      System.out.println(Files.readString(log, StandardCharsets.UTF_8));
      Files.delete(log);
      if (!ended) {
        process.destroyForcibly();
        throw new AssertionError("mmdebstrap still running after 20 minutes");
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.printf("[rootfs: exit %d after %d s]%n", process.exitValue(), took.toSeconds());
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "debian-rootfs.sh exited " + process.exitValue() + " (see output)");
      }
      return tarball;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while making the rootfs", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
