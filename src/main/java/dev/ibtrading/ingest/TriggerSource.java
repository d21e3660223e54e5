package dev.ibtrading.ingest;

import java.util.Locale;

/** How a trigger reached the worker. */
public enum TriggerSource {
  /** A Pub/Sub push delivery (wrapped envelope, or an unwrapped one with metadata headers). */
  PUSH,
  /** A plain JSON body from a Cloud Scheduler HTTP target (it sets X-CloudScheduler headers). */
  SCHEDULER,
  /** A plain call by a person or a script, and every {@code GET /summary}. */
  DIRECT;

  /** Lower-case name for outcomes and logs: {@code push}, {@code scheduler}, {@code direct}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
