package dev.ibtrading.trigger;

import dev.ibtrading.outcome.TriggerSource;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * How one trigger arrived: what the push envelope or the scheduler's headers said about it. Fields
 * a source does not provide are null (attributes: empty).
 *
 * @param source push, scheduler or direct
 * @param messageId the Pub/Sub message id (unique per topic); null unless pushed
 * @param publishTime when Pub/Sub received the message, or the scheduler's schedule time; null if
 *     unknown
 * @param subscription the full subscription name ({@code projects/P/subscriptions/S}); null unless
 *     pushed
 * @param deliveryAttempt 1 for the first delivery; null when the subscription has no dead-letter
 *     policy (and always from the emulator)
 * @param attributes the message's attributes, {@code runId} and {@code intent} included
 * @param schedulerJob the {@code X-CloudScheduler-JobName} header; null unless present
 */
public record Delivery(
    TriggerSource source,
    String messageId,
    Instant publishTime,
    String subscription,
    Integer deliveryAttempt,
    Map<String, String> attributes,
    String schedulerJob) {

  public Delivery {
    Objects.requireNonNull(source, "source");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /** A direct call: no message, no attributes. */
  public static Delivery direct() {
    return new Delivery(TriggerSource.DIRECT, null, null, null, null, Map.of(), null);
  }
}
