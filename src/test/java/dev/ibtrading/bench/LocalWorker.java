package dev.ibtrading.bench;

import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged worker on its local defaults ({@code local} profile: embedded paper gateway, push
 * authentication {@code none}, topology provisioned at startup), pointed at a Pub/Sub emulator the
 * benchmark started, so the emulator's own start is not the worker's and it outlives the worker's
 * restarts.
 */
final class LocalWorker {
  static final String PROJECT = "local-project";
  static final String READINESS = "/actuator/health/readiness";

  private LocalWorker() {}

  /** A Pub/Sub emulator for the benchmark, its log in {@code dir}. */
  static PubSubEmulator startEmulator(Path dir) {
    PubSubEmulatorLauncher launcher =
        new PubSubEmulatorLauncher(
            PubSubEmulatorLauncher.onThisMachine().installation(), dir, Duration.ofMinutes(2));
    PubSubEmulator emulator = launcher.start();
    BenchProcess.destroyOnExit(emulator.processHandle());
    return emulator;
  }

  /**
   * The worker's arguments: the local profile on {@code port}, without the local scheduler, whose
   * jobs would add real (not dry-run) runs to the measured ones.
   */
  static List<String> arguments(int port) {
    return List.of(
        "--spring.profiles.active=local",
        "--server.port=" + port,
        "--scheduler.local.enabled=false");
  }

  static Map<String, String> environment(PubSubEmulator emulator) {
    return Map.of("PUBSUB_EMULATOR_HOST", emulator.hostPort());
  }

  /**
   * Copies {@link TradingDayClock} to {@code dir} (as a class path directory) for {@link
   * JavaCommand#jarWithExtraClasses}; the arguments that activate it at {@code instant}.
   */
  static List<String> pinClock(Path dir, String instant) throws IOException {
    String resource = TradingDayClock.class.getSimpleName() + ".class";
    Path target =
        dir.resolve(TradingDayClock.class.getPackageName().replace('.', '/')).resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = TradingDayClock.class.getResourceAsStream(resource)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return List.of(
        "--spring.main.sources=" + TradingDayClock.class.getName(),
        "--" + TradingDayClock.PROPERTY + "=" + instant);
  }

  /**
   * Deletes the outcome reader subscription the worker provisioned: outcomes are still published
   * and confirmed, but the emulator (128 MB heap) no longer keeps tens of thousands of them.
   */
  static void dropOutcomeReader(PubSubEmulator emulator) throws IOException, InterruptedException {
    URI uri =
        URI.create(
            "http://"
                + emulator.hostPort()
                + "/v1/projects/"
                + PROJECT
                + "/subscriptions/ib-outcomes-reader");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri).DELETE().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 && response.statusCode() != 404) {
      throw new IllegalStateException(
          "DELETE " + uri + ": " + response.statusCode() + " " + response.body());
    }
  }
}
