package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.outcome.Outcomes;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Publishing outcomes to the real emulator and reading them from the reader subscription. */
@ExtendWith(PubSubEmulatorSupport.class)
class PubSubOutcomePublisherTests {
  private static final String PROJECT = "local-project";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static EmulatorClients clients;
  private static PubSubTopology topology;
  private static OutcomePublisher publisher;

  @BeforeAll
  static void provision(PubSubEmulator emulator) {
    clients = new EmulatorClients(emulator, PROJECT);
    topology = new PubSubTopology(PubSubEmulatorSupport.uniquePrefix());
    new PubSubProvisioner(clients.topics(), clients.subscriptions(), PROJECT, topology, push())
        .provision("http://127.0.0.1:9");
    publisher = publisherFor(topology.outcomeTopic());
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    clients.close();
  }

  @Test
  void anOutcomeArrivesAsJsonWithAttributesAndTheAccountAsOrderingKey() {
    Outcome outcome = Outcomes.allocation("run-published", "DU0000001");

    String messageId = publisher.publish(outcome);

    PubsubMessage received = readOutcomes(1).get(0);
    assertThat(received.getMessageId()).isEqualTo(messageId);
    assertThat(OutcomeJson.read(received.getData().toByteArray()))
        .usingRecursiveComparison()
        .ignoringFields("result")
        .isEqualTo(outcome);
    assertThat(received.getData().toByteArray()).isEqualTo(OutcomeJson.write(outcome));
    assertThat(received.getAttributesMap())
        .isEqualTo(
            Map.of(
                "intent", "allocation",
                "status", "ok",
                "runId", "run-published",
                "tradingMode", "paper",
                "account", "DU0000001"));
    assertThat(received.getOrderingKey()).isEqualTo("DU0000001");
  }

  @Test
  void outcomesOfOneAccountArriveInPublishOrder() {
    for (int i = 1; i <= 3; i++) {
      publisher.publish(Outcomes.allocation("run-order-" + i, "DU0000002"));
    }

    List<String> runIds =
        readOutcomes(3).stream().map(m -> m.getAttributesMap().get("runId")).toList();

    assertThat(runIds).containsExactly("run-order-1", "run-order-2", "run-order-3");
  }

  @Test
  void anOutcomeWithoutAccountIsUnorderedAndHasNoAccountAttribute() {
    publisher.publish(Outcomes.rejected("run-no-account"));

    PubsubMessage received = readOutcomes(1).get(0);
    assertThat(received.getOrderingKey()).isEmpty();
    assertThat(received.getAttributesMap()).doesNotContainKey("account");
    assertThat(received.getAttributesMap()).containsEntry("status", "rejected");
  }

  @Test
  void aRefusedPublishIsTransientAndDoesNotBlockTheAccountsNextOutcome() {
    String topic = PubSubEmulatorSupport.uniquePrefix() + "outcomes";
    OutcomePublisher toMissingTopic = publisherFor(topic);

    assertThatThrownBy(() -> toMissingTopic.publish(Outcomes.allocation("run-lost", "DU0000003")))
        .isInstanceOf(OutcomePublishException.class)
        .hasMessageContaining("outcome of run run-lost (allocation ok) on topic " + topic)
        .hasMessageContaining("refused");

    clients.topics().createTopic(TopicName.format(PROJECT, topic));
    assertThat(toMissingTopic.publish(Outcomes.allocation("run-next", "DU0000003")))
        .as("message id after the key was resumed")
        .isNotBlank();
  }

  private static OutcomePublisher publisherFor(String topic) {
    return clients.outcomePublisher(topic, TIMEOUT);
  }

  private static List<PubsubMessage> readOutcomes(int count) {
    List<PubsubMessage> received = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              clients.pull(topology.outcomeReaderSubscription(), 10).stream()
                  .map(ReceivedMessage::getMessage)
                  .forEach(received::add);
              return received.size() >= count;
            });
    assertThat(received).hasSize(count);
    return received;
  }

  private static PubSubProperties.Push push() {
    return new PubSubProperties.Push(
        null,
        null,
        null,
        Duration.ofSeconds(600),
        Duration.ofSeconds(10),
        Duration.ofSeconds(600),
        5);
  }
}
