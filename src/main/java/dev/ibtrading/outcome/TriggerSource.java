package dev.ibtrading.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a trigger reached the worker, as the push edge saw it and as the outcome's {@code
 * trigger.source} records it.
 */
public enum TriggerSource {
  /** A Pub/Sub push delivery (wrapped envelope, or an unwrapped one with metadata headers). */
  PUSH,
  /** A plain JSON body from a Cloud Scheduler HTTP target (it sets X-CloudScheduler headers). */
  SCHEDULER,
  /** A plain call by a person or a script, and every {@code GET /summary}. */
  DIRECT;

  /** The name in JSON, outcomes and logs: {@code push}, {@code scheduler}, {@code direct}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The source with this wire name.
   *
   * @throws IllegalArgumentException for any other string
   */
  @JsonCreator
  public static TriggerSource fromWireName(String wireName) {
    for (TriggerSource source : values()) {
      if (source.wireName().equals(wireName)) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "trigger source: " + wireName + " (expected: push, scheduler or direct)");
  }
}
