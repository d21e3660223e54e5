package dev.ibtrading.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a trigger reached the worker, as written in the outcome's {@code trigger.source}. */
public enum TriggerSource {
  /** A Pub/Sub push delivery (wrapped envelope): Cloud Scheduler or a manual publish. */
  PUBSUB_PUSH("pubsub-push"),
  /** A plain JSON body from a Cloud Scheduler HTTP target. */
  SCHEDULER_HTTP("scheduler-http"),
  /** A plain JSON body from anyone else (e.g. curl). */
  HTTP("http");

  private final String wireName;

  TriggerSource(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  /**
   * The source with this wire name.
   *
   * @throws IllegalArgumentException for any other string
   */
  @JsonCreator
  public static TriggerSource fromWireName(String wireName) {
    for (TriggerSource source : values()) {
      if (source.wireName.equals(wireName)) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "trigger source: " + wireName + " (expected: pubsub-push, scheduler-http or http)");
  }
}
