package dev.ibtrading.soak;

import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.pubsub.PubSubConnectionInitializer;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.pubsub.emulator.PubSubEmulatorLauncher;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.OutcomeInbox;
import java.io.IOException;
import java.util.List;

/**
 * The soak's own Pub/Sub emulator, which the worker reaches through a {@link SoakPubSubLink} that
 * the soak cuts and restores, and the outcome reader as a downstream subscriber reads it (directly,
 * not through the link). An outage cuts the worker off, not Pub/Sub: the emulator keeps its
 * topology and messages, as Pub/Sub does through a real one.
 */
final class SoakPubSub implements AutoCloseable {
  private final PubSubEmulatorLauncher launcher = PubSubEmulatorLauncher.onThisMachine();
  private PubSubEmulator emulator;
  private SoakPubSubLink link;
  private EmulatorClients clients;
  private OutcomeInbox inbox;
  private int outages;

  void start() throws IOException {
    emulator = launcher.start();
    link = new SoakPubSubLink(emulator.port());
    clients = new EmulatorClients(emulator, PubSubConnectionInitializer.EMULATOR_PROJECT);
  }

  /** Where the worker finds Pub/Sub: the link's end. */
  String hostPort() {
    return link.hostPort();
  }

  /** Reads outcomes from {@code subscription} (the worker's outcome reader subscription). */
  void readOutcomesFrom(String subscription) {
    inbox =
        new OutcomeInbox(
            clients.subscriptions(),
            SubscriptionName.format(PubSubConnectionInitializer.EMULATOR_PROJECT, subscription));
  }

  /** The outcomes of {@code runId} that arrived so far. */
  List<PubsubMessage> outcomesOf(String runId) {
    return inbox.of(runId);
  }

  /** Cuts the worker off from Pub/Sub: outcomes published from now on fail. */
  void cutOff() {
    link.cut();
    outages++;
  }

  /** Lets the worker reach Pub/Sub again, with the topology it had. */
  void reconnect() {
    link.restore();
  }

  int outages() {
    return outages;
  }

  @Override
  public void close() throws InterruptedException {
    if (link != null) {
      link.close();
    }
    if (clients != null) {
      clients.close();
    }
    if (emulator != null) {
      emulator.close();
    }
  }
}
