package dev.ibtrading.scenario;

import static org.awaitility.Awaitility.await;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PullRequest;
import com.google.pubsub.v1.ReceivedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the outcome topic as a downstream subscriber does: pulls and acknowledges the worker's
 * outcome reader subscription on the emulator. Everything pulled is kept for the JVM, so an outcome
 * pulled while another test waited is not lost; a scenario finds its own by the {@code runId}
 * attribute.
 */
final class OutcomeReader {
  private static final List<PubsubMessage> RECEIVED = new ArrayList<>();

  private final SubscriptionAdminClient subscriptions;
  private final String subscription;

  /**
   * @param subscription the full name, {@code projects/P/subscriptions/S}
   */
  OutcomeReader(SubscriptionAdminClient subscriptions, String subscription) {
    this.subscriptions = subscriptions;
    this.subscription = subscription;
  }

  /** The outcomes of {@code runId} that arrived so far, pulling what is waiting first. */
  List<PubsubMessage> of(String runId) {
    pullWaiting();
    synchronized (RECEIVED) {
      return RECEIVED.stream()
          .filter(m -> runId.equals(m.getAttributesMap().get("runId")))
          .toList();
    }
  }

  /** Waits at most {@code atMost} until the outcomes of {@code runId} satisfy {@code done}. */
  List<PubsubMessage> awaitOf(String runId, Duration atMost, Predicate<List<PubsubMessage>> done) {
    await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> done.test(of(runId)));
    return of(runId);
  }

  private void pullWaiting() {
    List<ReceivedMessage> batch =
        subscriptions
            .pull(
                PullRequest.newBuilder()
                    .setSubscription(subscription)
                    .setMaxMessages(100)
                    .setReturnImmediately(true)
                    .build())
            .getReceivedMessagesList();
    if (batch.isEmpty()) {
      return;
    }
    subscriptions.acknowledge(subscription, batch.stream().map(ReceivedMessage::getAckId).toList());
    synchronized (RECEIVED) {
      batch.forEach(m -> RECEIVED.add(m.getMessage()));
    }
  }
}
