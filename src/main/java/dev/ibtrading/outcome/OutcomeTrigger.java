package dev.ibtrading.outcome;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery that started a run. The Pub/Sub fields are null for a plain HTTP trigger; {@code
 * deliveryAttempt} is also null when the subscription has no dead-letter policy or the emulator
 * pushed it (it omits the field).
 *
 * @param messageId Pub/Sub's message id, unique within the topic
 * @param publishTime when Pub/Sub received the message
 * @param subscription {@code projects/P/subscriptions/S} that pushed it
 * @param deliveryAttempt 1 for the first delivery, counting up on redelivery
 * @param source how the trigger arrived
 */
public record OutcomeTrigger(
    String messageId,
    Instant publishTime,
    String subscription,
    Integer deliveryAttempt,
    TriggerSource source) {

  public OutcomeTrigger {
    Objects.requireNonNull(source, "source");
    if (deliveryAttempt != null && deliveryAttempt < 1) {
      throw new IllegalArgumentException(
          "deliveryAttempt: " + deliveryAttempt + " (expected: >= 1)");
    }
  }

  /** A trigger pushed by Pub/Sub. */
  public static OutcomeTrigger pubSubPush(
      String messageId, Instant publishTime, String subscription, Integer deliveryAttempt) {
    return new OutcomeTrigger(
        messageId, publishTime, subscription, deliveryAttempt, TriggerSource.PUSH);
  }

  /** A plain HTTP trigger, without Pub/Sub metadata. */
  public static OutcomeTrigger plain(TriggerSource source) {
    return new OutcomeTrigger(null, null, null, null, source);
  }
}
