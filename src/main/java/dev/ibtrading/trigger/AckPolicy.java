package dev.ibtrading.trigger;

/**
 * What the HTTP answer tells Pub/Sub. Pub/Sub counts 102, 200, 201, 202 and 204 as an
 * acknowledgement and anything else as a negative one that it retries with backoff until the
 * dead-letter topic. The edge uses only 200 to acknowledge (the emulator treats 202 as a failure)
 * and only 503 to retry; it never answers 500.
 */
public enum AckPolicy {
  /**
   * 200 with the outcome JSON: the run is done (ok, partial, failed, skipped or duplicate) and its
   * outcome is published. Pub/Sub stops delivering the message.
   */
  ACKNOWLEDGE(200),
  /**
   * 503: a transient failure (gateway not connected, outcome not published, the handler threw).
   * Pub/Sub redelivers the message later; the run key makes the redelivery the same run.
   */
  RETRY(503),
  /**
   * 200 with a {@code rejected} outcome: the message can never succeed (bad base64, bad JSON,
   * invalid options). Acknowledged so that it does not loop until the dead-letter topic; the
   * published outcome says why it was refused.
   */
  REJECT_AND_ACKNOWLEDGE(200);

  private final int httpStatus;

  AckPolicy(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status this policy answers with. */
  public int httpStatus() {
    return httpStatus;
  }
}
