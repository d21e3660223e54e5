package dev.ibtrading.soak;

import static org.awaitility.Awaitility.await;

import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.pubsub.PubSubConnectionInitializer;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.OutcomeInbox;
import java.time.Duration;
import java.util.List;

/**
 * The soak's own Pub/Sub emulator (not the one the other tests share: this one is stopped and
 * started again), and the outcome reader as a downstream subscriber reads it. The emulator keeps
 * everything in memory, so {@link #stop()} first pulls what waits on the reader subscription, and
 * after {@link #restart()} the worker provisions the topology again.
 */
final class SoakPubSub implements AutoCloseable {
  private final PubSubEmulatorLauncher launcher = PubSubEmulatorLauncher.onThisMachine();
  private PubSubEmulator emulator;
  private EmulatorClients clients;
  private OutcomeInbox inbox;
  private String readerSubscription;
  private int restarts;

  void start() {
    emulator = launcher.start();
    clients = new EmulatorClients(emulator, PubSubConnectionInitializer.EMULATOR_PROJECT);
  }

  String hostPort() {
    return emulator.hostPort();
  }

  /** Reads outcomes from {@code subscription} (the worker's outcome reader subscription). */
  void readOutcomesFrom(String subscription) {
    readerSubscription =
        SubscriptionName.format(PubSubConnectionInitializer.EMULATOR_PROJECT, subscription);
    inbox = new OutcomeInbox(clients.subscriptions(), readerSubscription);
  }

  /** The outcomes of {@code runId} that arrived so far. */
  List<PubsubMessage> outcomesOf(String runId) {
    return inbox.of(runId);
  }

  /** Pulls what waits, then stops the emulator: outcomes published from now on fail. */
  void stop() {
    outcomesOf("(drain)");
    emulator.close();
  }

  /** Starts the emulator again on its port; the worker must provision its topology again. */
  void restart() {
    int port = emulator.port();
    closeQuietly(clients);
    emulator = launcher.start(port);
    if (emulator.port() != port) {
      throw new IllegalStateException(
          "emulator restarted on port " + emulator.port() + " (expected: " + port + ")");
    }
    clients = new EmulatorClients(emulator, PubSubConnectionInitializer.EMULATOR_PROJECT);
    inbox = new OutcomeInbox(clients.subscriptions(), readerSubscription);
    restarts++;
  }

  /** Waits until the reader subscription answers again (after a restart and provisioning). */
  void awaitReadable() {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .ignoreExceptions()
        .until(
            () -> {
              inbox.of("(probe)");
              return true;
            });
  }

  private static void closeQuietly(EmulatorClients clients) {
    try {
      clients.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  int restarts() {
    return restarts;
  }

  @Override
  public void close() {
    if (clients != null) {
      closeQuietly(clients);
    }
    if (emulator != null) {
      emulator.close();
    }
  }
}
