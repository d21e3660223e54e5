package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating the topology on the real emulator, twice, and correcting drifted subscriptions. */
@ExtendWith(PubSubEmulatorSupport.class)
class PubSubProvisionerTests {
  private static final String PROJECT = "local-project";
  private static final String BASE_URL = "http://127.0.0.1:18080";
  private static EmulatorClients clients;

  private PubSubTopology topology;

  @BeforeAll
  static void connect(PubSubEmulator emulator) {
    clients = new EmulatorClients(emulator, PROJECT);
  }

  @AfterAll
  static void disconnect() throws InterruptedException {
    clients.close();
  }

  @BeforeEach
  void ownPrefix() {
    topology = new PubSubTopology(PubSubEmulatorSupport.uniquePrefix());
  }

  @Test
  void createsEveryTopicAndSubscriptionWithItsSettings() {
    ProvisioningReport report =
        provisioner(push("sa@proj.iam.gserviceaccount.com", 7)).provision(BASE_URL);

    // outcomes, dead letter and their readers, and a topic and push subscription per trigger
    assertThat(report.created()).hasSize(4 + 2 * TriggerTopic.values().length);
    assertThat(report.updated()).isEmpty();
    for (String topic : topology.topics()) {
      assertThat(clients.topics().getTopic(TopicName.format(PROJECT, topic)).getName())
          .isEqualTo(TopicName.format(PROJECT, topic));
    }
    Subscription riskCheck = subscription(topology.pushSubscription(TriggerTopic.RISK_CHECK));
    assertThat(riskCheck.getTopic())
        .isEqualTo(TopicName.format(PROJECT, topology.triggerTopic(TriggerTopic.RISK_CHECK)));
    assertThat(riskCheck.getPushConfig().getPushEndpoint()).isEqualTo(BASE_URL + "/risk-check");
    assertThat(riskCheck.getPushConfig().getOidcToken().getServiceAccountEmail())
        .isEqualTo("sa@proj.iam.gserviceaccount.com");
    assertThat(riskCheck.getAckDeadlineSeconds()).isEqualTo(600);
    assertThat(riskCheck.getRetryPolicy().getMinimumBackoff().getSeconds()).isEqualTo(10);
    assertThat(riskCheck.getRetryPolicy().getMaximumBackoff().getSeconds()).isEqualTo(600);
    assertThat(riskCheck.getDeadLetterPolicy().getDeadLetterTopic())
        .isEqualTo(TopicName.format(PROJECT, topology.deadLetterTopic()));
    assertThat(riskCheck.getDeadLetterPolicy().getMaxDeliveryAttempts()).isEqualTo(7);
    assertThat(riskCheck.hasExpirationPolicy()).isTrue();
    assertThat(riskCheck.getExpirationPolicy().hasTtl()).as("never expires").isFalse();
    assertThat(
            subscription(topology.pushSubscription(TriggerTopic.RECONCILIATION))
                .getPushConfig()
                .getPushEndpoint())
        .isEqualTo(BASE_URL + "/eod-check");
    assertThat(
            subscription(topology.pushSubscription(TriggerTopic.ALLOCATION))
                .getPushConfig()
                .getPushEndpoint())
        .isEqualTo(BASE_URL + "/allocation");
  }

  @Test
  void readersPullOutcomesInOrderAndKeepDeadLetters() {
    provisioner(push(null, 5)).provision(BASE_URL);

    Subscription outcomes = subscription(topology.outcomeReaderSubscription());
    assertThat(outcomes.getTopic()).isEqualTo(TopicName.format(PROJECT, topology.outcomeTopic()));
    assertThat(outcomes.getEnableMessageOrdering()).isTrue();
    assertThat(outcomes.getPushConfig().getPushEndpoint()).as("pull").isEmpty();
    Subscription deadLetters = subscription(topology.deadLetterReaderSubscription());
    assertThat(deadLetters.getTopic())
        .isEqualTo(TopicName.format(PROJECT, topology.deadLetterTopic()));
    assertThat(deadLetters.getPushConfig().getPushEndpoint()).isEmpty();
    assertThat(deadLetters.getExpirationPolicy().hasTtl()).isFalse();
    assertThat(subscription(topology.pushSubscription(TriggerTopic.ALLOCATION)).hasPushConfig())
        .isTrue();
    assertThat(
            subscription(topology.pushSubscription(TriggerTopic.ALLOCATION))
                .getPushConfig()
                .hasOidcToken())
        .as("no service account configured")
        .isFalse();
  }

  @Test
  void aSecondRunChangesNothing() {
    PubSubProvisioner provisioner = provisioner(push("sa@proj.iam.gserviceaccount.com", 5));
    provisioner.provision(BASE_URL);

    ProvisioningReport again = provisioner.provision(BASE_URL);

    assertThat(again.created()).isEmpty();
    assertThat(again.updated()).isEmpty();
    assertThat(again.unchanged()).hasSize(4 + 2 * TriggerTopic.values().length);
  }

  @Test
  void aNewBaseUrlOrPolicyUpdatesOnlyThePushSubscriptions() {
    provisioner(push(null, 5)).provision(BASE_URL);

    ProvisioningReport moved = provisioner(push(null, 9)).provision("http://127.0.0.1:19090/");

    assertThat(moved.created()).isEmpty();
    assertThat(moved.updated())
        .containsExactlyInAnyOrderElementsOf(
            List.of(TriggerTopic.values()).stream()
                .map(t -> SubscriptionName.format(PROJECT, topology.pushSubscription(t)))
                .toList());
    Subscription allocation = subscription(topology.pushSubscription(TriggerTopic.ALLOCATION));
    assertThat(allocation.getPushConfig().getPushEndpoint())
        .isEqualTo("http://127.0.0.1:19090/allocation");
    assertThat(allocation.getDeadLetterPolicy().getMaxDeliveryAttempts()).isEqualTo(9);
  }

  @Test
  void aSubscriptionOnAnotherTopicIsAnErrorNotSilentlyKept() {
    provisioner(push(null, 5)).provision(BASE_URL);
    String allocationPush =
        SubscriptionName.format(PROJECT, topology.pushSubscription(TriggerTopic.ALLOCATION));
    clients.subscriptions().deleteSubscription(allocationPush);
    clients
        .subscriptions()
        .createSubscription(
            Subscription.newBuilder()
                .setName(allocationPush)
                .setTopic(TopicName.format(PROJECT, topology.outcomeTopic()))
                .build());

    assertThatThrownBy(() -> provisioner(push(null, 5)).provision(BASE_URL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(allocationPush)
        .hasMessageContaining(
            "expected: topic "
                + TopicName.format(PROJECT, topology.triggerTopic(TriggerTopic.ALLOCATION)));
  }

  private PubSubProvisioner provisioner(PubSubProperties.Push push) {
    return new PubSubProvisioner(
        clients.topics(), clients.subscriptions(), PROJECT, topology, push);
  }

  private static PubSubProperties.Push push(String serviceAccount, int maxDeliveryAttempts) {
    return new PubSubProperties.Push(
        null,
        serviceAccount,
        null,
        Duration.ofSeconds(600),
        Duration.ofSeconds(10),
        Duration.ofSeconds(600),
        maxDeliveryAttempts);
  }

  private static Subscription subscription(String name) {
    return clients.subscriptions().getSubscription(SubscriptionName.format(PROJECT, name));
  }
}
