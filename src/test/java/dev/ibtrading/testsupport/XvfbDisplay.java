package dev.ibtrading.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Xvfb on a free display of this machine, as the container runs one for the gateway: {@code
 * -nolisten tcp}, so it is reached through its socket {@code /tmp/.X11-unix/X<n>} only. Ready once
 * that socket exists. Closing kills it.
 */
public final class XvfbDisplay implements AutoCloseable {
  public static final Path EXECUTABLE = Path.of("/usr/bin/Xvfb");
  private static final Path SOCKETS = Path.of("/tmp/.X11-unix");
  private static final int FIRST = 60;
  private static final int LAST = 99;

  private final String display;
  private final Process process;

  private XvfbDisplay(String display, Process process) {
    this.display = display;
    this.process = process;
  }

  /**
   * Starts Xvfb with one screen of {@code width} x {@code height} at 24 bits on the first display
   * from :60 that has neither a lock file nor a socket.
   */
  public static XvfbDisplay start(int width, int height) throws IOException {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException(XvfbSupport.INSTALL_HINT);
    }
    for (int number = FIRST; number <= LAST; number++) {
      if (Files.exists(Path.of("/tmp/.X" + number + "-lock"))
          || Files.exists(SOCKETS.resolve("X" + number))) {
        continue;
      }
      String display = ":" + number;
      Path log = Files.createTempFile("xvfb", ".log");
      Process process =
          new ProcessBuilder(
                  List.of(
                      EXECUTABLE.toString(),
                      display,
                      "-screen",
                      "0",
                      width + "x" + height + "x24",
                      "-nolisten",
                      "tcp"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Path socket = SOCKETS.resolve("X" + number);
      await("Xvfb's socket " + socket)
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.exists(socket) || !process.isAlive());
      if (process.isAlive()) {
        return new XvfbDisplay(display, process);
      }
      // another process took the display between the check and the start: try the next
    }
    throw new IllegalStateException("no free X display between :" + FIRST + " and :" + LAST);
  }

  /** The display, e.g. {@code :60}, for {@code DISPLAY}. */
  public String display() {
    return display;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
