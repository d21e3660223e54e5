package dev.ibtrading.broker;

/**
 * A broker call failed. {@link #isTransient()} tells whether trying again later can succeed (no
 * connection, a timeout) or not (an unknown symbol, a rejected order).
 */
public class BrokerException extends RuntimeException {
  private final boolean transientFailure;

  public BrokerException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
