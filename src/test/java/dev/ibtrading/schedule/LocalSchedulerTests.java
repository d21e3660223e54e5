package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.cloud.spring.pubsub.core.publisher.PubSubPublisherTemplate;
import com.google.cloud.spring.pubsub.support.DefaultPublisherFactory;
import com.google.pubsub.v1.PubsubMessage;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import dev.ibtrading.ingest.emulator.PubSubEmulator;
import dev.ibtrading.ingest.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.EmulatorClients;
import dev.ibtrading.testsupport.PubSubEmulatorSupport;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** A fired job lands on its trigger topic in the emulator, as Cloud Scheduler would publish it. */
@ExtendWith(PubSubEmulatorSupport.class)
class LocalSchedulerTests {
  private static final String PROJECT = "local-project";

  @Test
  void aFiredJobIsPublishedToItsTopicWithBodyAndAttributes(PubSubEmulator emulator)
      throws Exception {
    PubSubTopology topology = new PubSubTopology(PubSubEmulatorSupport.uniquePrefix());
    String topic = topology.prefix() + "allocation";
    String reader = topic + "-test-reader";
    ScheduledJob job = SchedulerJobsTests.repositoryJobs().scenario("a").get(0);
    ManagedChannel channel =
        ManagedChannelBuilder.forTarget(emulator.hostPort()).usePlaintext().build();
    DefaultPublisherFactory publishers = new DefaultPublisherFactory(() -> PROJECT);
    publishers.setChannelProvider(
        FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel)));
    publishers.setCredentialsProvider(NoCredentialsProvider.create());
    try (EmulatorClients clients = new EmulatorClients(emulator, PROJECT)) {
      clients.topics().createTopic(TopicName.format(PROJECT, topic));
      clients
          .subscriptions()
          .createSubscription(
              SubscriptionName.format(PROJECT, reader),
              TopicName.format(PROJECT, topic),
              PushConfig.getDefaultInstance(),
              60);
      LocalScheduler scheduler =
          new LocalScheduler(
              List.of(job),
              topology,
              new PubSubPublisherTemplate(publishers),
              new ThreadPoolTaskScheduler());

      String messageId = scheduler.fire(job);

      List<ReceivedMessage> received = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> received.addAll(clients.pull(reader, 10)) || !received.isEmpty());
      assertThat(received).hasSize(1);
      PubsubMessage message = received.get(0).getMessage();
      assertThat(message.getMessageId()).isEqualTo(messageId);
      assertThat(message.getData().toString(StandardCharsets.UTF_8)).isEqualTo(job.body());
      assertThat(message.getAttributesMap()).isEqualTo(job.attributes());
    } finally {
      publishers.createPublisher(topic).shutdown();
      channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
