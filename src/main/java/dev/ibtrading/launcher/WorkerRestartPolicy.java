package dev.ibtrading.launcher;

import java.time.Duration;

/**
 * How soon the launcher starts a worker again after it ended on its own (out of memory, a bug): the
 * first restart after {@code firstDelay}, each further one after twice the last, never more than
 * {@code maxDelay}; a worker that ran {@code resetAfter} or longer before it ended counts as a
 * first failure again. There is no limit on the number of restarts: giving up would end the
 * container, and the new container's gateway needs a full login (a second factor on a live
 * account), while a worker that cannot start would not start there either.
 *
 * <p>The bound fits Cloud Run's liveness probe ({@code cloudbuild.yaml}: every 30 s, restart after
 * 3 failures), which reaches the worker's port: while the worker is away the probe fails, so the
 * longest delay plus the worker's start (about 20 s to liveness with the app image's CDS archive,
 * {@code docs/performance.md}) has to stay under the 60 s from the first failed probe to the third,
 * or Cloud Run replaces the container. {@code WorkerRestartFitsTheProbesTests} checks the defaults
 * against the probe in {@code cloudbuild.yaml}.
 *
 * @param firstDelay {@code WORKER_RESTART_DELAY}, default {@code 1s}
 * @param maxDelay {@code WORKER_RESTART_MAX_DELAY}, default {@code 15s}
 * @param resetAfter {@code WORKER_RESTART_RESET_AFTER}, default {@code 5m}
 */
record WorkerRestartPolicy(Duration firstDelay, Duration maxDelay, Duration resetAfter) {

  static WorkerRestartPolicy from(Env env) {
    WorkerRestartPolicy policy =
        new WorkerRestartPolicy(
            env.duration("WORKER_RESTART_DELAY", Duration.ofSeconds(1)),
            env.duration("WORKER_RESTART_MAX_DELAY", Duration.ofSeconds(15)),
            env.duration("WORKER_RESTART_RESET_AFTER", Duration.ofMinutes(5)));
    if (policy.maxDelay.compareTo(policy.firstDelay) < 0) {
      throw Env.invalid(
          "WORKER_RESTART_MAX_DELAY",
          env.string("WORKER_RESTART_MAX_DELAY", ""),
          "at least WORKER_RESTART_DELAY (" + policy.firstDelay.toMillis() + " ms)");
    }
    return policy;
  }

  /** The wait before restart number {@code consecutive} of a run of failures (1 for the first). */
  Duration delay(int consecutive) {
    Duration delay = firstDelay;
    for (int i = 1; i < consecutive && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** Whether a worker that ran this long had recovered, so its failure starts a new run. */
  boolean recovered(Duration ranFor) {
    return ranFor.compareTo(resetAfter) >= 0;
  }
}
