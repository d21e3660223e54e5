package dev.ibtrading.e2e;

import static dev.ibtrading.testsupport.OutcomeInbox.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.pubsub.TriggerTopic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The real loop: a trigger published to a topic, pushed by the emulator to the worker, run, and its
 * outcome read from the outcome reader subscription.
 */
class PublishedTriggerLoopTests extends WorkerLoopTestBase {
  private static final Duration LOOP = Duration.ofSeconds(30);

  @Test
  void aPublishedSummaryEndsAsOneOkOutcomeForTheAccount() {
    String messageId = publish(SUMMARY_TOPIC, "{}", Map.of());
    String runId = "summary:" + messageId;

    PubsubMessage message =
        outcomes.awaitOf(runId, LOOP, got -> !got.isEmpty()).stream().findFirst().orElseThrow();

    Outcome outcome = read(message);
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(outcome.account()).isEqualTo(ACCOUNT);
    assertThat(outcome.tradingMode()).isEqualTo(TradingMode.PAPER);
    assertThat(outcome.result().get("account")).isNotNull();
    assertThat(outcome.trigger().messageId()).isEqualTo(messageId);
    assertThat(outcome.trigger().source()).isEqualTo(TriggerSource.PUSH);
    assertThat(outcome.trigger().subscription()).endsWith("/subscriptions/e2e-summary-push");
    assertThat(message.getAttributesMap())
        .containsEntry("intent", "summary")
        .containsEntry("status", "ok")
        .containsEntry("runId", runId)
        .containsEntry("tradingMode", "paper")
        .containsEntry("account", ACCOUNT);
    assertThat(message.getOrderingKey()).isEqualTo(ACCOUNT);
    assertNoMoreTerminalOutcomes(runId);
  }

  @Test
  void aPoisonMessageEndsAsOneRejectedOutcomeAndIsNotRedelivered() {
    String topic = topology.triggerTopic(TriggerTopic.ALLOCATION);
    String messageId = publish(topic, "this is not JSON", Map.of());
    String runId = "allocation:" + messageId;

    Outcome outcome = read(outcomes.awaitOf(runId, LOOP, got -> !got.isEmpty()).get(0));

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.REJECTED);
    assertThat(outcome.intent()).isEqualTo("allocation");
    assertThat(outcome.errors()).extracting(Problem::code).containsExactly("data-not-json-object");
    assertThat(outcome.errors().get(0).message()).contains("message.data is not JSON");
    assertNoMoreTerminalOutcomes(runId);
  }

  @Test
  void aRunIdAttributeMakesTwoMessagesOneRun() {
    String runId = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    publish(SUMMARY_TOPIC, "{}", Map.of("runId", runId));
    publish(SUMMARY_TOPIC, "{\"dryRun\":true}", Map.of("runId", runId));

    List<PubsubMessage> got =
        outcomes.awaitOf(
            runId,
            LOOP,
            all -> withStatus(all, "ok").size() == 1 && withStatus(all, "duplicate").size() == 1);

    assertThat(got).hasSize(2);
    assertThat(read(withStatus(got, "duplicate").get(0)).warnings())
        .extracting(Problem::code)
        .containsExactly("duplicate-delivery");
    assertNoMoreTerminalOutcomes(runId);
  }

  /**
   * Watches the run for a few more seconds (the emulator redelivers an unacknowledged push every
   * second): still exactly one terminal outcome, anything else a duplicate notice.
   */
  private void assertNoMoreTerminalOutcomes(String runId) {
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              List<PubsubMessage> all = outcomes.of(runId);
              return all.size() - withStatus(all, "duplicate").size() == 1;
            });
  }
}
