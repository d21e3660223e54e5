package dev.ibtrading.outcome;

/**
 * Sends outcomes to the outcome topic. A push trigger is acknowledged only after its outcome was
 * published, so {@link #publish} blocks until Pub/Sub confirmed the message.
 */
public interface OutcomePublisher {
  /**
   * Publishes {@code outcome} with its attributes ({@link OutcomeAttributes}) and ordering key (the
   * account) and returns once Pub/Sub confirmed it.
   *
   * @return Pub/Sub's message id
   * @throws OutcomePublishException when Pub/Sub did not confirm it in time or refused it. Treat it
   *     as transient: answer the push with 503 so the trigger is redelivered. The outcome may still
   *     arrive late, so subscribers should expect a {@code runId} twice.
   */
  String publish(Outcome outcome);
}
