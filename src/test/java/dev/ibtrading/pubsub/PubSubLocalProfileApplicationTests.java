package dev.ibtrading.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.pubsub.v1.PullRequest;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The worker in the local profile brings its own Pub/Sub: it starts the SDK's emulator (when
 * PUBSUB_EMULATOR_HOST is unset), creates the topology with pushes to its own port, and publishes
 * outcomes there. Same context as the other local-profile application tests (one emulator).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ExtendWith(PubSubEmulatorSupport.class)
class PubSubLocalProfileApplicationTests {
  @LocalServerPort int httpPort;
  @Autowired ConfigurableApplicationContext context;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired GcpProjectIdProvider projectIds;
  @Autowired PubSubTopology topology;
  @Autowired OutcomePublisher outcomes;

  @Test
  void theWorkerStartedItsOwnEmulator() {
    assumeTrue(
        System.getenv("PUBSUB_EMULATOR_HOST") == null,
        "PUBSUB_EMULATOR_HOST is set: the worker uses that emulator instead");

    PubSubEmulator emulator =
        context.getBean(PubSubConnectionInitializer.EMULATOR_BEAN, PubSubEmulator.class);

    assertThat(emulator.isManaged()).isTrue();
    assertThat(emulator.processHandle().isAlive()).isTrue();
    assertThat(context.getEnvironment().getProperty(PubSubConnectionInitializer.EMULATOR_HOST))
        .isEqualTo(emulator.hostPort());
    assertThat(projectIds.getProjectId()).isEqualTo("local-project");
  }

  @Test
  void eachTriggerTopicPushesToThisWorkersEndpointForIt() {
    assertThat(topology.prefix()).isEqualTo("ib-");
    for (TriggerTopic trigger : TriggerTopic.values()) {
      Subscription push = subscription(topology.pushSubscription(trigger));

      assertThat(push.getTopic()).endsWith("/topics/" + topology.triggerTopic(trigger));
      assertThat(push.getPushConfig().getPushEndpoint())
          .isEqualTo("http://127.0.0.1:" + httpPort + trigger.endpointPath());
      assertThat(push.getAckDeadlineSeconds()).isEqualTo(600);
      assertThat(push.getDeadLetterPolicy().getDeadLetterTopic())
          .endsWith("/topics/ib-dead-letter");
    }
    assertThat(subscription("ib-outcomes-reader").getEnableMessageOrdering()).isTrue();
    assertThat(subscription("ib-dead-letter-reader").getTopic()).endsWith("/topics/ib-dead-letter");
  }

  @Test
  void theWorkersOutcomePublisherReachesTheReaderSubscription() {
    Instant now = Instant.now();
    Outcome outcome =
        Outcome.builder("run-local-profile", "risk-check")
            .status(OutcomeStatus.SKIPPED)
            .tradingMode(TradingMode.PAPER)
            .account("DU0000001")
            .trigger(OutcomeTrigger.plain(TriggerSource.DIRECT))
            .startedAt(now)
            .endedAt(now)
            .build();

    String messageId = outcomes.publish(outcome);

    ReceivedMessage received = pullOne(messageId);
    assertThat(OutcomeJson.read(received.getMessage().getData().toByteArray())).isEqualTo(outcome);
    assertThat(received.getMessage().getOrderingKey()).isEqualTo("DU0000001");
    assertThat(received.getMessage().getAttributesMap())
        .containsEntry("status", "skipped")
        .containsEntry("intent", "risk-check");
  }

  private ReceivedMessage pullOne(String messageId) {
    String reader = SubscriptionName.format(projectIds.getProjectId(), "ib-outcomes-reader");
    List<ReceivedMessage> seen = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<ReceivedMessage> batch =
                  subscriptions
                      .pull(
                          PullRequest.newBuilder()
                              .setSubscription(reader)
                              .setMaxMessages(10)
                              .setReturnImmediately(true)
                              .build())
                      .getReceivedMessagesList();
              if (!batch.isEmpty()) {
                subscriptions.acknowledge(
                    reader, batch.stream().map(ReceivedMessage::getAckId).toList());
              }
              seen.addAll(batch);
              return seen.stream().anyMatch(m -> m.getMessage().getMessageId().equals(messageId));
            });
    return seen.stream()
        .filter(m -> m.getMessage().getMessageId().equals(messageId))
        .findFirst()
        .orElseThrow();
  }

  private Subscription subscription(String name) {
    return subscriptions.getSubscription(SubscriptionName.format(projectIds.getProjectId(), name));
  }
}
