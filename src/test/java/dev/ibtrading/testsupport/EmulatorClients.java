package dev.ibtrading.testsupport;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.SubscriptionAdminSettings;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminSettings;
import com.google.pubsub.v1.PullRequest;
import com.google.pubsub.v1.ReceivedMessage;
import com.google.pubsub.v1.SubscriptionName;
import dev.ibtrading.pubsub.PubSubOutcomePublisher;
import dev.ibtrading.pubsub.emulator.PubSubEmulator;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Google's Pub/Sub clients on one plaintext channel to an emulator, as Spring Cloud GCP builds them
 * for {@code spring.cloud.gcp.pubsub.emulator-host}: admin clients, outcome publishers, and a
 * synchronous pull for reading what arrived.
 */
public final class EmulatorClients implements AutoCloseable {
  private final String project;
  private final ManagedChannel channel;
  private final TransportChannelProvider channels;
  private final TopicAdminClient topics;
  private final SubscriptionAdminClient subscriptions;
  private final List<PubSubOutcomePublisher> publishers = new ArrayList<>();

  public EmulatorClients(PubSubEmulator emulator, String project) {
    this.project = project;
    this.channel = ManagedChannelBuilder.forTarget(emulator.hostPort()).usePlaintext().build();
    this.channels = FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel));
    try {
      this.topics =
          TopicAdminClient.create(
              TopicAdminSettings.newBuilder()
                  .setTransportChannelProvider(channels)
                  .setCredentialsProvider(NoCredentialsProvider.create())
                  .build());
      this.subscriptions =
          SubscriptionAdminClient.create(
              SubscriptionAdminSettings.newBuilder()
                  .setTransportChannelProvider(channels)
                  .setCredentialsProvider(NoCredentialsProvider.create())
                  .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String project() {
    return project;
  }

  public TopicAdminClient topics() {
    return topics;
  }

  public SubscriptionAdminClient subscriptions() {
    return subscriptions;
  }

  /**
   * An outcome publisher for {@code topic}, as the worker builds it; closed with these clients
   * (waiting at most 5 s for unconfirmed outcomes).
   */
  public PubSubOutcomePublisher outcomePublisher(String topic, Duration timeout) {
    try {
      PubSubOutcomePublisher publisher =
          new PubSubOutcomePublisher(
              PubSubOutcomePublisher.publisherFor(project, topic)
                  .setChannelProvider(channels)
                  .setCredentialsProvider(NoCredentialsProvider.create())
                  .build(),
              timeout,
              Duration.ofSeconds(5));
      publishers.add(publisher);
      return publisher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Up to {@code max} messages waiting on {@code subscription}, acknowledged. */
  public List<ReceivedMessage> pull(String subscription, int max) {
    String name = SubscriptionName.format(project, subscription);
    List<ReceivedMessage> received =
        subscriptions
            .pull(
                PullRequest.newBuilder()
                    .setSubscription(name)
                    .setMaxMessages(max)
                    .setReturnImmediately(true)
                    .build())
            .getReceivedMessagesList();
    if (!received.isEmpty()) {
      subscriptions.acknowledge(name, received.stream().map(ReceivedMessage::getAckId).toList());
    }
    return received;
  }

  @Override
  public void close() throws InterruptedException {
    for (PubSubOutcomePublisher publisher : publishers) {
      publisher.close();
    }
    topics.close();
    subscriptions.close();
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
  }
}
