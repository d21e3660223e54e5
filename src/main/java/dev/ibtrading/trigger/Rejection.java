package dev.ibtrading.trigger;

import java.util.Objects;

/**
 * A message that can never succeed (bad base64, bad JSON, invalid options, ...). It is not answered
 * 4xx, which Pub/Sub would redeliver until the dead-letter topic: the handler records a {@code
 * rejected} outcome and acknowledges it.
 *
 * @param intent the endpoint's intent
 * @param runKey the run key as far as the message allowed deriving one ({@code runId} attribute,
 *     message id, or a hash of the body)
 * @param cause which validation layer refused it
 * @param reason what is wrong, with actual and expected values; safe to publish
 * @param delivery what could be read about the delivery
 */
public record Rejection(
    Intent intent, RunKey runKey, RejectionCause cause, String reason, Delivery delivery)
    implements Received {

  public Rejection {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(runKey, "runKey");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(delivery, "delivery");
  }
}
