package dev.ibtrading.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium ({@value #EXECUTABLE}) run headless once per call against a page, with a fresh
 * profile and the flags this machine needs: no sandbox (tests may run as root), no GPU, and none of
 * Chromium's own network traffic (sync, updates, QUIC), which a closed network refuses. Each run is
 * bounded by {@link #TIMEOUT}; the browser and its child processes are killed when it passes.
 */
public final class HeadlessChromium {
  public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private HeadlessChromium() {}

  /**
   * Loads {@code url} in a {@code width} x {@code height} window and saves its PNG to {@code png}.
   */
  public static Path screenshot(URI url, Path png, int width, int height) {
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run(
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            url.toString()));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("chromium exited without writing " + png);
    }
    return png;
  }

  /** The page's DOM after its scripts ran on load, serialized. */
  public static String dumpDom(URI url) {
    return run(List.of("--dump-dom", url.toString()));
  }

  /** Runs chromium with {@link #FLAGS}, a fresh profile and {@code args}; returns its stdout. */
  private static String run(List<String> args) {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException(ChromiumSupport.INSTALL_HINT);
    }
    Path work = null;
    try {
      work = Files.createTempDirectory("chromium-test");
      Path profile = Files.createDirectory(work.resolve("profile"));
      Path out = work.resolve("stdout");
      Path log = work.resolve("stderr");
      List<String> command = new ArrayList<>();
      command.add(EXECUTABLE.toString());
      command.addAll(FLAGS);
      command.add("--user-data-dir=" + profile);
      command.addAll(args);
      Process chromium =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(log.toFile())
              .start();
      if (!chromium.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        chromium.descendants().forEach(ProcessHandle::destroyForcibly);
        chromium.destroyForcibly();
        throw new AssertionError("chromium did not finish within " + TIMEOUT + ": " + command);
      }
      if (chromium.exitValue() != 0) {
        throw new AssertionError(
            "chromium exited "
                + chromium.exitValue()
                + " (expected 0): "
                + command
                + "\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + EXECUTABLE, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while chromium ran", e);
    } finally {
      deleteQuietly(work);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless.
    }
  }
}
