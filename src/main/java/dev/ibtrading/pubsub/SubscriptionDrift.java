package dev.ibtrading.pubsub;

import com.google.protobuf.FieldMask;
import com.google.pubsub.v1.PushConfig;
import com.google.pubsub.v1.Subscription;

/**
 * Which of the settings the worker manages differ between the subscription it wants and the one
 * that exists, as an update mask. Topic and message ordering cannot be changed by Pub/Sub, so a
 * difference there is an error.
 */
final class SubscriptionDrift {
  private SubscriptionDrift() {}

  static FieldMask between(Subscription wanted, Subscription actual) {
    if (!wanted.getTopic().equals(actual.getTopic())) {
      throw immutable(wanted, "topic " + actual.getTopic(), "topic " + wanted.getTopic());
    }
    if (wanted.getEnableMessageOrdering() != actual.getEnableMessageOrdering()) {
      throw immutable(
          wanted,
          "message ordering " + actual.getEnableMessageOrdering(),
          "message ordering " + wanted.getEnableMessageOrdering());
    }
    FieldMask.Builder mask = FieldMask.newBuilder();
    if (!samePush(wanted.getPushConfig(), actual.getPushConfig())) {
      mask.addPaths("push_config");
    }
    if (wanted.getAckDeadlineSeconds() != actual.getAckDeadlineSeconds()) {
      mask.addPaths("ack_deadline_seconds");
    }
    if (!wanted.getRetryPolicy().equals(actual.getRetryPolicy())) {
      mask.addPaths("retry_policy");
    }
    if (!wanted.getDeadLetterPolicy().equals(actual.getDeadLetterPolicy())) {
      mask.addPaths("dead_letter_policy");
    }
    if (wanted.hasExpirationPolicy() != actual.hasExpirationPolicy()
        || !wanted.getExpirationPolicy().equals(actual.getExpirationPolicy())) {
      mask.addPaths("expiration_policy");
    }
    return mask.build();
  }

  // Pub/Sub may fill in push attributes (x-goog-version) or wrapper defaults: compare what we set.
  private static boolean samePush(PushConfig wanted, PushConfig actual) {
    return wanted.getPushEndpoint().equals(actual.getPushEndpoint())
        && wanted.getOidcToken().equals(actual.getOidcToken());
  }

  private static IllegalStateException immutable(Subscription wanted, String actual, String want) {
    return new IllegalStateException(
        "Pub/Sub subscription "
            + wanted.getName()
            + " exists with "
            + actual
            + " (expected: "
            + want
            + "), which cannot be changed: delete the subscription to have it recreated");
  }
}
