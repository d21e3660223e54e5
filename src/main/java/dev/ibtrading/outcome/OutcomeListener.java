package dev.ibtrading.outcome;

/**
 * Told of each run's outcome in this process, once, when the run ends: before the outcome is
 * published, and also when publishing it fails. Duplicate notices are not runs and are not passed
 * on. For in-process views of recent runs (the status page), never for anything that must survive a
 * restart: that is the outcome topic's job.
 */
@FunctionalInterface
public interface OutcomeListener {
  /**
   * The run of {@code outcome} ended. Called on the run's thread, which may still hold the account
   * lock, so it must return quickly; what it throws is logged and does not change the run.
   */
  void finished(Outcome outcome);
}
