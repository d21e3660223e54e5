package dev.ibtrading.testsupport;

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
 * What arrived on the outcome reader subscription, pulled and acknowledged as a downstream
 * subscriber would. Everything pulled is kept for the whole JVM, so an outcome of one test pulled
 * while another waits is not lost; tests find theirs by the {@code runId} attribute. One list for
 * every test class: two readers of the same emulator subscription would take each other's outcomes.
 */
public final class OutcomeInbox {
  private static final List<PubsubMessage> RECEIVED = new ArrayList<>();

  private final SubscriptionAdminClient subscriptions;
  private final String subscription;

  /**
   * @param subscription the full name, {@code projects/P/subscriptions/S}
   */
  public OutcomeInbox(SubscriptionAdminClient subscriptions, String subscription) {
    this.subscriptions = subscriptions;
    this.subscription = subscription;
  }

  /** The outcomes of {@code runId} received so far, pulling what is waiting first. */
  public List<PubsubMessage> of(String runId) {
    pullWaiting();
    synchronized (RECEIVED) {
      return RECEIVED.stream()
          .filter(m -> runId.equals(m.getAttributesMap().get("runId")))
          .toList();
    }
  }

  /** Waits (at most {@code atMost}) until the outcomes of {@code runId} satisfy {@code done}. */
  public List<PubsubMessage> awaitOf(
      String runId, Duration atMost, Predicate<List<PubsubMessage>> done) {
    await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> done.test(of(runId)));
    return of(runId);
  }

  /** Outcomes of {@code runId} with status {@code status}. */
  public static List<PubsubMessage> withStatus(List<PubsubMessage> outcomes, String status) {
    return outcomes.stream()
        .filter(m -> status.equals(m.getAttributesMap().get("status")))
        .toList();
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
