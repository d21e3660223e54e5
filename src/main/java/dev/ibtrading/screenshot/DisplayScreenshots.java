package dev.ibtrading.screenshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes screenshots of the gateway's display through a child JVM running {@link ScreenCapture}.
 *
 * <p>A child, not this JVM: the worker stays headless (Spring Boot's default), loads no X library,
 * and a hung or crashing X connection costs only the child, which is killed after {@code
 * screenshot.timeout}. The child starts from a copy of {@code ScreenCapture.class} in a fresh
 * temporary directory, so it works whether the worker runs from the packaged jar, the extracted one
 * in the image, or the build's classes; its environment holds {@code DISPLAY} only, and a small
 * heap (a 1024x768 screen is 3 MB of pixels). One screenshot at a time: a second request while one
 * is taken is answered at once instead of starting another JVM in the container's memory.
 */
public final class DisplayScreenshots {
  private static final Logger log = LoggerFactory.getLogger(DisplayScreenshots.class);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final String CLASS_FILE = ScreenCapture.class.getSimpleName() + ".class";
  private static final int ERROR_CHARS = 300;

  private final ScreenshotProperties properties;
  private final Semaphore oneAtATime = new Semaphore(1);

  public DisplayScreenshots(ScreenshotProperties properties) {
    this.properties = properties;
  }

  /** A PNG of the whole display now. */
  public byte[] take() {
    if (properties.display().isEmpty()) {
      throw new ScreenshotUnavailableException(
          "no display to capture: screenshot.display is not set (in the container the launcher"
              + " sets SCREENSHOT_DISPLAY to the gateway's Xvfb display)");
    }
    if (!oneAtATime.tryAcquire()) {
      throw new ScreenshotUnavailableException(
          "another screenshot is being taken; ask again in a moment");
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("screenshot");
      return capture(dir);
    } catch (IOException e) {
      throw new ScreenshotUnavailableException(
          "cannot prepare the screenshot (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScreenshotUnavailableException("interrupted while taking the screenshot");
    } finally {
      oneAtATime.release();
      deleteQuietly(dir);
    }
  }

  private byte[] capture(Path dir) throws IOException, InterruptedException {
    Path classes = dir.resolve("classes");
    Path classFile =
        classes.resolve(ScreenCapture.class.getPackageName().replace('.', '/')).resolve(CLASS_FILE);
    Files.createDirectories(classFile.getParent());
    try (InputStream in = ScreenCapture.class.getResourceAsStream(CLASS_FILE)) {
      if (in == null) {
        throw new IllegalStateException(CLASS_FILE + " is missing next to its class");
      }
      Files.copy(in, classFile);
    }
    Path png = dir.resolve("screen.png");
    Path errors = dir.resolve("errors.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command(classes))
            .directory(dir.toFile())
            .redirectOutput(png.toFile())
            .redirectError(errors.toFile());
    builder.environment().clear();
    builder.environment().put("DISPLAY", properties.display());
    Process child = builder.start();
    if (!child.waitFor(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
      child.descendants().forEach(ProcessHandle::destroyForcibly);
      child.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      throw new ScreenshotUnavailableException(
          "the screenshot of display "
              + properties.display()
              + " took longer than "
              + properties.timeout().toMillis()
              + " ms");
    }
    byte[] image = Files.readAllBytes(png);
    if (child.exitValue() != 0 || !isPng(image)) {
      String why = lastLine(errors);
      log.warn(
          "Screenshot of display {} failed with status {}: {}",
          properties.display(),
          child.exitValue(),
          why);
      throw new ScreenshotUnavailableException(
          "the screenshot of display "
              + properties.display()
              + " failed (status "
              + child.exitValue()
              + "): "
              + why);
    }
    return image;
  }

  private List<String> command(Path classes) {
    return List.of(
        properties.javaExecutable().toString(),
        "-Xmx64m",
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-Djava.awt.headless=false",
        "-cp",
        classes.toString(),
        ScreenCapture.class.getName());
  }

  private static boolean isPng(byte[] image) {
    return image.length > PNG_SIGNATURE.length
        && Arrays.equals(image, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
  }

  /** The child's most telling line: the first that names an error, else the last, shortened. */
  private static String lastLine(Path errors) throws IOException {
    List<String> lines =
        Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("at "))
            .toList();
    String line =
        lines.stream()
            .filter(text -> text.contains("Error") || text.contains("Exception"))
            .findFirst()
            .orElse(lines.isEmpty() ? "no message" : lines.get(lines.size() - 1));
    return line.length() > ERROR_CHARS ? line.substring(0, ERROR_CHARS) + "..." : line;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(DisplayScreenshots::delete);
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not delete {} ({})", dir, e.getClass().getSimpleName());
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
