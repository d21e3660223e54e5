package dev.ibtrading.e2e;

import com.google.api.gax.rpc.AlreadyExistsException;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.protobuf.ByteString;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole worker in the local profile, as {@code mvn spring-boot:run} starts it: its own Pub/Sub
 * emulator, topics and push subscriptions to its own port, the embedded paper gateway. Every loop
 * test shares this context (and so one emulator) with the other local-profile application tests.
 *
 * <p>{@code summary} has no trigger topic in production; the tests give it one ({@value
 * #SUMMARY_TOPIC}, pushing to {@code /summary} like the provisioned subscriptions) so that a
 * read-only intent can drive the real loop.
 *
 * <p>Allocation trades on NYSE trading days only, and the real date may be a holiday: the worker's
 * clock is pinned to {@link #TRADING_DAY} (a session the {@code dummy} strategy buys SPY), running
 * at the real pace. The paper gateway keeps its own clock, open at any hour in this profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WorkerLoopTestBase.TradingDayClock.class)
@ActiveProfiles("local")
@ExtendWith(PubSubEmulatorSupport.class)
abstract class WorkerLoopTestBase {
  static final String ACCOUNT = "DU0000001";
  static final String SUMMARY_TOPIC = "e2e-summary";

  /**
   * Thursday 2 January 2025, 10:00 in New York: dummy's weight that day is +1 (epoch day % 3 = 2).
   */
  static final Instant TRADING_DAY = Instant.parse("2025-01-02T15:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class TradingDayClock {
    @Bean
    Clock clock() {
      return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TRADING_DAY));
    }
  }

  @LocalServerPort int httpPort;
  @Autowired TopicAdminClient topics;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired GcpProjectIdProvider projectIds;
  @Autowired PubSubTopology topology;
  OutcomeInbox outcomes;

  @BeforeEach
  void summaryTopicAndInbox() {
    String project = projectIds.getProjectId();
    outcomes =
        new OutcomeInbox(
            subscriptions, SubscriptionName.format(project, topology.outcomeReaderSubscription()));
    try {
      topics.createTopic(TopicName.of(project, SUMMARY_TOPIC));
    } catch (AlreadyExistsException e) {
      // created by an earlier test in this context
    }
    try {
      // No retry policy: the emulator then redelivers a refused push about every second.
      subscriptions.createSubscription(
          Subscription.newBuilder()
              .setName(SubscriptionName.format(project, SUMMARY_TOPIC + "-push"))
              .setTopic(TopicName.format(project, SUMMARY_TOPIC))
              .setAckDeadlineSeconds(600)
              .setPushConfig(
                  PushConfig.newBuilder()
                      .setPushEndpoint("http://127.0.0.1:" + httpPort + "/summary"))
              .build());
    } catch (AlreadyExistsException e) {
      // created by an earlier test in this context
    }
  }

  /** Publishes {@code data} to {@code topic} and returns Pub/Sub's message id. */
  String publish(String topic, String data, Map<String, String> attributes) {
    PubsubMessage message =
        PubsubMessage.newBuilder()
            .setData(ByteString.copyFrom(data, StandardCharsets.UTF_8))
            .putAllAttributes(attributes)
            .build();
    List<String> ids =
        topics
            .publish(TopicName.of(projectIds.getProjectId(), topic), List.of(message))
            .getMessageIdsList();
    return ids.get(0);
  }

  static Outcome read(PubsubMessage message) {
    return OutcomeJson.read(message.getData().toByteArray());
  }
}
