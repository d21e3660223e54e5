package dev.ibtrading.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launch sequence: Xvfb (waiting for its socket), the credentials, IBC's config.ini, IBC (the
 * gateway's parent), the worker; then supervision until SIGTERM or until IBC or Xvfb ends.
 *
 * <p>A worker that ends on its own (out of memory, a bug) is started again, after a back-off
 * ({@link WorkerRestartPolicy}), while IBC and the gateway keep running, and with them the
 * gateway's session: a new container would need a full login, with a second factor on a live
 * account. The new worker is told how many restarts there were and how the last one ended ({@link
 * WorkerRestarts}). IBC or Xvfb ending is a failure the launcher cannot mend: without the gateway
 * the worker cannot trade, and a gateway restarted from outside IBC needs that full login anyway.
 * The launcher then stops the rest and exits with status 1, and Cloud Run starts a new container.
 * Restarts that keep the session, the daily auto-restart and the Sunday cold restart, happen inside
 * IBC's script and never end it. On SIGTERM the launcher stops everything and the JVM exits with
 * 143.
 */
final class Launcher {
  /** Status when IBC or Xvfb ended or the launch failed. */
  static final int FAILED = 1;

  /** The worker's {@code screenshot.display}: where the gateway draws, for its screenshots. */
  static final String SCREENSHOT_DISPLAY = "SCREENSHOT_DISPLAY";

  private static final Logger log = LoggerFactory.getLogger(Launcher.class);
  private static final long POLL_MILLIS = 50;

  private final LauncherSettings settings;
  private final CredentialsResolver credentials;
  private final IbcConfigFile configFile;
  private final Supervisor supervisor;
  private final WorkerRestarts restarts;

  Launcher(LauncherSettings settings, CredentialsResolver credentials) {
    this.settings = settings;
    this.credentials = credentials;
    this.configFile = new IbcConfigFile(settings.ibc().configFile());
    this.supervisor = new Supervisor(settings.workerStopTimeout(), settings.gatewayStopTimeout());
    this.restarts = new WorkerRestarts(settings.workerRestart());
  }

  /** Runs until IBC or Xvfb ends or the JVM is stopped; returns the exit status. */
  int run() {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutdown("SIGTERM"), "launcher-shutdown"));
    try {
      startXvfb();
      configFile.write(settings.ibcConfig().entries(credentials.resolve()));
      log.info("wrote IBC's config.ini to {} (mode 0600)", configFile.path());
      supervisor.start(
          Role.GATEWAY,
          settings.ibc().command(settings.ibcConfig().modeName()),
          Map.of("DISPLAY", settings.xvfb().display()));
      startWorker();
      Child ended = superviseUntilTheGatewaySideEnds();
      if (ended == null) {
        return 0;
      }
      log.error(
          "{} exited with status {}: stopping the rest; the container must be restarted, and"
              + " its gateway needs a full login",
          ended,
          ended.process().exitValue());
    } catch (LaunchException e) {
      if (supervisor.isStopping()) {
        return 0;
      }
      log.error("launch failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.error("launcher interrupted");
    }
    shutdown("IBC or Xvfb ended, or the launch failed");
    return FAILED;
  }

  /**
   * Restarts the worker whenever it ends, until IBC or Xvfb ends (returned) or stopping begins
   * (null).
   */
  private Child superviseUntilTheGatewaySideEnds() throws InterruptedException {
    while (true) {
      Optional<Child> ended = supervisor.awaitFirstExit(null);
      if (supervisor.isStopping()) {
        return null;
      }
      Child child = ended.orElseThrow();
      if (child.role() != Role.WORKER) {
        return child;
      }
      WorkerExit exit = restarts.ended(child.process().exitValue(), Instant.now());
      supervisor.forget(child);
      Duration delay = restarts.delay();
      log.warn(
          "{} exited with {}: restart {} in {} ms; IBC and the gateway keep running, and with"
              + " them the session",
          child,
          exit.reason(),
          restarts.count(),
          delay.toMillis());
      Optional<Child> meanwhile = supervisor.awaitFirstExit(delay);
      if (supervisor.isStopping()) {
        return null;
      }
      if (meanwhile.isPresent()) {
        return meanwhile.get();
      }
      startWorker();
    }
  }

  private void startWorker() {
    Map<String, String> environment = new LinkedHashMap<>(restarts.environment());
    environment.put(SCREENSHOT_DISPLAY, settings.xvfb().display());
    supervisor.start(Role.WORKER, settings.worker().command(), environment);
    restarts.started();
  }

  private void startXvfb() throws InterruptedException {
    XvfbSettings xvfb = settings.xvfb();
    Path socket = xvfb.socket();
    Child child = supervisor.start(Role.XVFB, xvfb.command(), Map.of());
    long deadline = System.nanoTime() + xvfb.timeout().toNanos();
    while (!Files.exists(socket)) {
      if (supervisor.isStopping()) {
        throw new LaunchException("stopping while waiting for Xvfb");
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new LaunchException(
            "Xvfb did not create " + socket + " within " + xvfb.timeout().toMillis() + " ms");
      }
      try {
        child.process().onExit().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        throw new LaunchException(
            "Xvfb exited with status "
                + child.process().exitValue()
                + " before creating "
                + socket);
      } catch (TimeoutException e) {
        // still running: look again
      } catch (ExecutionException e) {
        throw new IllegalStateException("a process exit future failed", e);
      }
    }
    log.info("Xvfb is ready on display {}", xvfb.display());
  }

  private void shutdown(String reason) {
    supervisor.stop(reason);
    try {
      configFile.delete();
    } catch (IOException e) {
      log.warn("could not delete {} ({})", configFile.path(), e.getClass().getSimpleName());
    }
  }
}
