package dev.ibtrading.pubsub.emulator;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Pub/Sub emulator as a child process on {@code 127.0.0.1} and a free port (or a
 * preferred one when it is free), and returns once it answers {@code GET /} with {@code Ok}. Its
 * output goes to a file ({@code target/} when run from a Maven module, else the temporary
 * directory). A port taken between choosing and binding it is retried on another port.
 */
public final class PubSubEmulatorLauncher {
  private static final Logger log = LoggerFactory.getLogger(PubSubEmulatorLauncher.class);
  static final String HOST = "127.0.0.1";
  private static final int ATTEMPTS = 3;
  private static final Duration POLL = Duration.ofMillis(100);
  private static final int LOG_TAIL_CHARS = 2_000;

  private final EmulatorInstallation installation;
  private final Path logDir;
  private final Duration readyTimeout;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  public PubSubEmulatorLauncher(
      EmulatorInstallation installation, Path logDir, Duration readyTimeout) {
    this.installation = installation;
    this.logDir = logDir;
    this.readyTimeout = readyTimeout;
  }

  /**
   * A launcher for the emulator installed on this machine, waiting up to 60 s for it.
   *
   * @throws PubSubEmulatorException if it is not installed; the message says how to install it
   */
  public static PubSubEmulatorLauncher onThisMachine() {
    EmulatorInstallation installation =
        EmulatorInstallation.find()
            .orElseThrow(
                () ->
                    new PubSubEmulatorException(
                        "Pub/Sub emulator not found (no gcloud on the PATH, no "
                            + EmulatorInstallation.JAR_DIR
                            + " in CLOUDSDK_ROOT_DIR): "
                            + PubSubEmulatorException.INSTALL_HINT));
    return new PubSubEmulatorLauncher(installation, defaultLogDir(), Duration.ofSeconds(60));
  }

  /** {@code target/} of the Maven module in the working directory, else the temporary directory. */
  public static Path defaultLogDir() {
    Path target = Path.of("target");
    return Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
  }

  public EmulatorInstallation installation() {
    return installation;
  }

  /**
   * Starts an emulator and waits until it is ready.
   *
   * @throws PubSubEmulatorException if it exits or is not ready in time; the message has the tail
   *     of its log
   */
  public PubSubEmulator start() {
    return start(0);
  }

  /**
   * Starts an emulator on {@code preferredPort} if it is free (e.g. 8085, the port gcloud users
   * expect), else on any free port, and waits until it is ready.
   *
   * @param preferredPort 0 for any free port
   * @throws PubSubEmulatorException as {@link #start()}
   */
  public PubSubEmulator start(int preferredPort) {
    PubSubEmulatorException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      int port = attempt == 1 && isFree(preferredPort) ? preferredPort : freePort();
      if (attempt == 1 && preferredPort > 0 && port != preferredPort) {
        log.info("Port {} is taken; the Pub/Sub emulator uses port {}", preferredPort, port);
      }
      try {
        return startOn(port);
      } catch (PortLostException e) {
        last = e;
        log.info(
            "Pub/Sub emulator could not take port {} ({}); trying another", port, e.getMessage());
      }
    }
    throw last;
  }

  private PubSubEmulator startOn(int port) {
    List<String> command = installation.command(HOST, port);
    Path logFile = logDir.resolve("pubsub-emulator-" + port + ".log");
    Process process;
    try {
      Files.createDirectories(logDir);
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
      builder.environment().putAll(installation.environment());
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new PubSubEmulatorException(
          "cannot start the Pub/Sub emulator (" + String.join(" ", command) + "): " + e, e);
    }
    PubSubEmulator emulator = PubSubEmulator.started(HOST, port, process, logFile);
    try {
      awaitReady(process, port, logFile);
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
    log.info(
        "Pub/Sub emulator ready on {}:{} (pid {}, {}, log {})",
        HOST,
        port,
        process.pid(),
        installation.describe(),
        logFile);
    return emulator;
  }

  private void awaitReady(Process process, int port, Path logFile) {
    URI root = URI.create("http://" + HOST + ":" + port + "/");
    long deadline = System.nanoTime() + readyTimeout.toNanos();
    while (true) {
      if (!process.isAlive()) {
        String tail = tail(logFile);
        String message =
            "Pub/Sub emulator exited with code " + process.exitValue() + " before it was ready";
        if (tail.contains("Address already in use") || tail.contains("BindException")) {
          throw new PortLostException(message);
        }
        throw new PubSubEmulatorException(message + "; its log " + logFile + " ends:\n" + tail);
      }
      if (answersOk(root) && process.isAlive()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new PubSubEmulatorException(
            "Pub/Sub emulator on port "
                + port
                + " not ready after "
                + readyTimeout
                + " (expected: GET / answers Ok); its log "
                + logFile
                + " ends:\n"
                + tail(logFile));
      }
      sleep(POLL);
    }
  }

  private boolean answersOk(URI root) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(root).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().strip().equals("Ok");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PubSubEmulatorException("interrupted while waiting for the Pub/Sub emulator", e);
    }
  }

  private static String tail(Path logFile) {
    try {
      String text = Files.readString(logFile, StandardCharsets.UTF_8);
      return text.length() <= LOG_TAIL_CHARS
          ? text
          : text.substring(text.length() - LOG_TAIL_CHARS);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PubSubEmulatorException("interrupted while waiting for the Pub/Sub emulator", e);
    }
  }

  private static boolean isFree(int port) {
    if (port <= 0) {
      return false;
    }
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for the Pub/Sub emulator", e);
    }
  }

  /** The chosen port was taken by someone else before the emulator could bind it. */
  private static final class PortLostException extends PubSubEmulatorException {
    PortLostException(String message) {
      super(message);
    }
  }
}
