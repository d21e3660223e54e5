package dev.ibtrading.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launch sequence: Xvfb (waiting for its socket), the credentials, IBC's config.ini, IBC (the
 * gateway's parent), the worker; then supervision until SIGTERM or until a child ends.
 *
 * <p>A child that ends on its own is a failure, whatever its status: the worker cannot trade
 * without the gateway, and a gateway without the worker serves nobody. The launcher then stops the
 * rest and exits with status 1, and Cloud Run starts a new container (a fresh login). Restarts that
 * keep the session, the daily auto-restart and the Sunday cold restart, happen inside IBC's script
 * and never end it. On SIGTERM the launcher stops everything and the JVM exits with 143.
 */
final class Launcher {
  /** Status when a child ended or the launch failed. */
  static final int FAILED = 1;

  private static final Logger log = LoggerFactory.getLogger(Launcher.class);
  private static final long POLL_MILLIS = 50;

  private final LauncherSettings settings;
  private final CredentialsResolver credentials;
  private final IbcConfigFile configFile;
  private final Supervisor supervisor;

  Launcher(LauncherSettings settings, CredentialsResolver credentials) {
    this.settings = settings;
    this.credentials = credentials;
    this.configFile = new IbcConfigFile(settings.ibc().configFile());
    this.supervisor = new Supervisor(settings.workerStopTimeout(), settings.gatewayStopTimeout());
  }

  /** Runs until a child ends or the JVM is stopped; returns the exit status. */
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
      supervisor.start(Role.WORKER, settings.worker().command(), Map.of());
      Child ended = supervisor.awaitFirstExit();
      if (supervisor.isStopping()) {
        return 0;
      }
      log.error(
          "{} exited with status {}: stopping the rest; the container must be restarted",
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
    shutdown("a child ended or the launch failed");
    return FAILED;
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
