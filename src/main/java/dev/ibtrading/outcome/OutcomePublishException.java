package dev.ibtrading.outcome;

/**
 * An outcome was not confirmed by Pub/Sub: not in time, or refused. Transient: the trigger should
 * be redelivered (the push answered with 503).
 */
public class OutcomePublishException extends RuntimeException {
  public OutcomePublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
