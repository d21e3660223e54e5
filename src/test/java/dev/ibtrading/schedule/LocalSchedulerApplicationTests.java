package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.spring.core.GcpProjectIdProvider;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PullRequest;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The worker in the local profile with its scheduler on: it schedules the chosen scenario of {@code
 * scheduler/jobs.yaml}, and a fired job lands on its trigger topic in the emulator through the
 * app's own publisher (fired directly rather than waiting for its cron time).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"scheduler.local.enabled=true", "scheduler.local.scenario=d"})
@ActiveProfiles("local")
@ExtendWith(PubSubEmulatorSupport.class)
class LocalSchedulerApplicationTests {
  @Autowired LocalScheduler scheduler;
  @Autowired SubscriptionAdminClient subscriptions;
  @Autowired GcpProjectIdProvider projectIds;

  @Test
  void schedulesScenarioDAndAFiredJobLandsOnItsTopic() {
    assertThat(scheduler.isRunning()).isTrue();
    assertThat(scheduler.jobs())
        .extracting(ScheduledJob::name)
        .containsExactly("allocation-open", "risk-check-midday", "reconciliation-close");
    ScheduledJob riskCheck = scheduler.jobs().get(1);
    String project = projectIds.getProjectId();
    String reader = SubscriptionName.format(project, "ib-risk-check-test-reader");
    subscriptions.createSubscription(
        reader, TopicName.format(project, "ib-risk-check"), PushConfig.getDefaultInstance(), 60);

    String messageId = scheduler.fire(riskCheck);

    List<ReceivedMessage> received = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                received.addAll(
                    subscriptions
                        .pull(
                            PullRequest.newBuilder()
                                .setSubscription(reader)
                                .setMaxMessages(10)
                                .setReturnImmediately(true)
                                .build())
                        .getReceivedMessagesList()));
    assertThat(received).hasSize(1);
    PubsubMessage message = received.get(0).getMessage();
    assertThat(message.getMessageId()).isEqualTo(messageId);
    assertThat(message.getData().toString(StandardCharsets.UTF_8)).isEqualTo("{\"dryRun\":false}");
    assertThat(message.getAttributesMap()).containsExactlyEntriesOf(riskCheck.attributes());
  }
}
