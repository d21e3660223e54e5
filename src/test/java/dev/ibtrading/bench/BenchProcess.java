package dev.ibtrading.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application under benchmark as a child process: started with its output in a log file, timed
 * from just before the start to its first 200 on a readiness URL, and stopped with its own child
 * processes (SIGTERM, then SIGKILL after 30 s).
 */
final class BenchProcess implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(20);
  private static final int LOG_TAIL_CHARS = 3_000;

  private final Process process;
  private final long startedNanos;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();

  /** Stops the process and its children if the benchmark itself is stopped (Ctrl-C). */
  private final Thread onInterrupt;

  private BenchProcess(Process process, long startedNanos, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.log = log;
    this.onInterrupt = new Thread(() -> destroyWithChildren(process.toHandle()), "bench-stop");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
  }

  /** For a process the benchmark did not start through this class (the emulator). */
  static void destroyOnExit(ProcessHandle handle) {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> destroyWithChildren(handle), "bench-stop"));
  }

  private static void destroyWithChildren(ProcessHandle handle) {
    handle.descendants().forEach(ProcessHandle::destroy);
    handle.destroy();
  }

  static BenchProcess start(List<String> command, Map<String, String> environment, Path log) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      long started = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      return new BenchProcess(process, started, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    }
  }

  /**
   * Waits until {@code readiness} answers 200 and returns the time since the process was started.
   *
   * @throws IllegalStateException if the process exits or is not ready within {@code timeout}; the
   *     message has the tail of its log
   */
  Duration awaitReady(URI readiness, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "process exited with code " + process.exitValue() + " before it was ready; " + tail());
      }
      if (answers200(readiness)) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            readiness + " not 200 after " + timeout + " (expected: ready); " + tail());
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Waits for a process that ends by itself (a training run); its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("process still running after " + timeout + "; " + tail());
    }
    return process.exitValue();
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    try {
      Runtime.getRuntime().removeShutdownHook(onInterrupt);
    } catch (IllegalStateException shuttingDown) {
      // the hook stops it
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroy();
        child.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
      }
    }
  }

  private boolean answers200(URI uri) throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private String tail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      return "its log "
          + log
          + " ends:\n"
          + (text.length() <= LOG_TAIL_CHARS
              ? text
              : text.substring(text.length() - LOG_TAIL_CHARS));
    } catch (IOException e) {
      return "its log " + log + " is unreadable: " + e;
    }
  }

  /** A loopback port free now (the application binds it a moment later). */
  static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
