package dev.ibtrading.trigger;

import java.util.Locale;

/** Which validation layer refused a message; the {@link Rejection}'s reason says the details. */
public enum RejectionCause {
  /** The body is not JSON, or not a JSON object. */
  BODY_NOT_JSON,
  /** The body is JSON but not a Pub/Sub push envelope of the expected shape. */
  INVALID_ENVELOPE,
  /** {@code message.data} is not strict base64. */
  DATA_NOT_BASE64,
  /** The decoded {@code message.data} is not a JSON object. */
  DATA_NOT_JSON_OBJECT,
  /** The {@code runId} attribute is not a valid run key. */
  INVALID_RUN_ID,
  /** The {@code intent} attribute names no intent, or another intent than the endpoint's. */
  INTENT_MISMATCH,
  /** The options have a wrong type, a missing required key or an unknown key. */
  INVALID_OPTIONS;

  /** The kebab-case name outcomes use as the error's code, e.g. {@code data-not-base64}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
