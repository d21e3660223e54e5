package dev.ibtrading.ingest;

import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;

/** A validation layer refused the message; becomes a {@link Rejection}, never an HTTP error. */
final class InvalidTriggerException extends Exception {
  private final RejectionCause cause;

  InvalidTriggerException(RejectionCause cause, String reason) {
    super(reason, null, false, false); // an expected outcome: no stack trace
    this.cause = cause;
  }

  RejectionCause rejectionCause() {
    return cause;
  }
}
