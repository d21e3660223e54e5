package dev.ibtrading.trigger;

/**
 * The options a trigger's body carries, one record per intent. The edge checks their types and
 * rejects unknown keys; what the values mean (a strategy exists, a property is allowed) is the
 * run's business. To add an option: a component in the record, one read in its {@code read}. Which
 * record an intent reads is the edge's {@code IntentOptions}.
 */
public interface TriggerOptions {

  /** True when the run decides and reports but places and cancels no order. Default false. */
  boolean dryRun();
}
