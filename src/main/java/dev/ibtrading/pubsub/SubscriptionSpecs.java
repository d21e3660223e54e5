package dev.ibtrading.pubsub;

import com.google.protobuf.Duration;
import com.google.pubsub.v1.DeadLetterPolicy;
import com.google.pubsub.v1.ExpirationPolicy;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.RetryPolicy;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.SubscriptionName;
import com.google.pubsub.v1.TopicName;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscriptions the worker needs, as Pub/Sub wants them: one push subscription per trigger
 * topic (ack deadline, retry backoff, dead-letter policy, OIDC token when a service account is
 * configured) and pull subscriptions for the outcome and dead-letter topics. None expires.
 */
final class SubscriptionSpecs {
  /** Readers pull and acknowledge quickly; a minute is plenty. */
  static final int READER_ACK_DEADLINE_SECONDS = 60;

  private final String project;
  private final PubSubTopology topology;
  private final PubSubProperties.Push push;

  SubscriptionSpecs(String project, PubSubTopology topology, PubSubProperties.Push push) {
    this.project = project;
    this.topology = topology;
    this.push = push;
  }

  /**
   * Every subscription, pushes going to {@code baseUrl} (e.g. {@code http://127.0.0.1:8080});
   * dead-letter reader first, so nothing dead-lettered before the others exist is lost.
   */
  List<Subscription> all(String baseUrl) {
    List<Subscription> subscriptions = new ArrayList<>();
    subscriptions.add(
        reader(topology.deadLetterReaderSubscription(), topology.deadLetterTopic(), false));
    subscriptions.add(reader(topology.outcomeReaderSubscription(), topology.outcomeTopic(), true));
    for (TriggerTopic trigger : TriggerTopic.values()) {
      subscriptions.add(push(trigger, baseUrl));
    }
    return subscriptions;
  }

  Subscription push(TriggerTopic trigger, String baseUrl) {
    String endpoint = stripTrailingSlash(baseUrl) + trigger.endpointPath();
    PushConfig.Builder pushConfig = PushConfig.newBuilder().setPushEndpoint(endpoint);
    if (hasText(push.serviceAccount())) {
      PushConfig.OidcToken.Builder token =
          PushConfig.OidcToken.newBuilder().setServiceAccountEmail(push.serviceAccount().strip());
      if (hasText(push.audience())) {
        token.setAudience(push.audience().strip());
      }
      pushConfig.setOidcToken(token);
    }
    return Subscription.newBuilder()
        .setName(SubscriptionName.format(project, topology.pushSubscription(trigger)))
        .setTopic(TopicName.format(project, topology.triggerTopic(trigger)))
        .setPushConfig(pushConfig)
        .setAckDeadlineSeconds((int) push.ackDeadline().toSeconds())
        .setRetryPolicy(
            RetryPolicy.newBuilder()
                .setMinimumBackoff(proto(push.minBackoff()))
                .setMaximumBackoff(proto(push.maxBackoff())))
        .setDeadLetterPolicy(
            DeadLetterPolicy.newBuilder()
                .setDeadLetterTopic(TopicName.format(project, topology.deadLetterTopic()))
                .setMaxDeliveryAttempts(push.maxDeliveryAttempts()))
        .setExpirationPolicy(neverExpires())
        .build();
  }

  Subscription reader(String subscription, String topic, boolean ordered) {
    return Subscription.newBuilder()
        .setName(SubscriptionName.format(project, subscription))
        .setTopic(TopicName.format(project, topic))
        .setAckDeadlineSeconds(READER_ACK_DEADLINE_SECONDS)
        .setEnableMessageOrdering(ordered)
        .setExpirationPolicy(neverExpires())
        .build();
  }

  /** A policy without a TTL: the subscription is never deleted for inactivity. */
  static ExpirationPolicy neverExpires() {
    return ExpirationPolicy.getDefaultInstance();
  }

  private static Duration proto(java.time.Duration d) {
    return Duration.newBuilder().setSeconds(d.getSeconds()).setNanos(d.getNano()).build();
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
