package dev.ibtrading.pubsub.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Pub/Sub emulator to talk to: one this process started ({@link PubSubEmulatorLauncher}), which
 * {@link #close()} stops with its whole process tree, or an external one (from {@code
 * PUBSUB_EMULATOR_HOST}), which {@link #close()} leaves running.
 */
public final class PubSubEmulator implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PubSubEmulator.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final String host;
  private final int port;
  private final Process process;
  private final Path logFile;
  private final Thread shutdownHook;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private PubSubEmulator(String host, int port, Process process, Path logFile) {
    this.host = host;
    this.port = port;
    this.process = process;
    this.logFile = logFile;
    this.shutdownHook = process == null ? null : new Thread(this::stop, "pubsub-emulator-stop");
    if (shutdownHook != null) {
      // Backstop for a JVM that exits without closing us (a failed startup, a test run's end).
      Runtime.getRuntime().addShutdownHook(shutdownHook);
    }
  }

  static PubSubEmulator started(String host, int port, Process process, Path logFile) {
    return new PubSubEmulator(host, port, process, logFile);
  }

  /**
   * An emulator someone else runs, at {@code host:port} as in {@code PUBSUB_EMULATOR_HOST}.
   *
   * @throws IllegalArgumentException if {@code hostPort} is not {@code host:port}
   */
  public static PubSubEmulator external(String hostPort) {
    int colon = hostPort == null ? -1 : hostPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostPort.length() - 1) {
      throw new IllegalArgumentException(
          "emulator address: " + hostPort + " (expected: host:port, e.g. 127.0.0.1:8085)");
    }
    String host = hostPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return new PubSubEmulator(host, Integer.parseInt(hostPort.substring(colon + 1)), null, null);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "emulator address: " + hostPort + " (expected: host:port with a numeric port)", e);
    }
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** {@code host:port}, the form of {@code PUBSUB_EMULATOR_HOST}. */
  public String hostPort() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** True when this process started the emulator and {@link #close()} stops it. */
  public boolean isManaged() {
    return process != null;
  }

  /** The started emulator's process (for checks that it is gone), or null for an external one. */
  public ProcessHandle processHandle() {
    return process == null ? null : process.toHandle();
  }

  /** The started emulator's output, or null for an external one. */
  public Path logFile() {
    return logFile;
  }

  /** Stops a started emulator and every process it started, waiting for them to exit. */
  @Override
  public void close() {
    if (process == null) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook runs (or ran) stop() itself
    }
    stop();
  }

  private void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return; // closed, and the shutdown hook ran too
    }
    // The gcloud wrapper starts the emulator's JVM as its child: collect the tree before the
    // parent dies, or the children are re-parented and out of reach.
    List<ProcessHandle> tree =
        java.util.stream.Stream.concat(
                process.descendants(), java.util.stream.Stream.of(process.toHandle()))
            .toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : tree) {
      awaitExit(p);
    }
    log.info("Pub/Sub emulator on {} stopped", hostPort());
  }

  private static void awaitExit(ProcessHandle p) {
    try {
      p.onExit().get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.destroyForcibly();
      p.onExit()
          .orTimeout(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)
          .exceptionally(t -> p)
          .join();
    } catch (ExecutionException e) {
      p.destroyForcibly();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return (isManaged() ? "started" : "external") + " Pub/Sub emulator at " + hostPort();
  }
}
