package dev.ibtrading.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker's restarts in this container: how many, the run of failures the next delay follows
 * from ({@link WorkerRestartPolicy}), and how the last worker ended. Each new worker is told
 * through its environment ({@link #environment()}), and shows it in its readiness details and on
 * the status page ({@code dev.ibtrading.status.LauncherReport}).
 */
final class WorkerRestarts {
  /** The worker's {@code launcher.worker-restarts}. */
  static final String COUNT = "LAUNCHER_WORKERRESTARTS";

  /** The worker's {@code launcher.last-worker-exit}: {@link WorkerExit#reason()}. */
  static final String LAST_EXIT = "LAUNCHER_LASTWORKEREXIT";

  /** The worker's {@code launcher.last-worker-exit-at}, ISO-8601. */
  static final String LAST_EXIT_AT = "LAUNCHER_LASTWORKEREXITAT";

  private final WorkerRestartPolicy policy;
  private int count;
  private int consecutive;
  private WorkerExit last;
  private long startedNanos;

  WorkerRestarts(WorkerRestartPolicy policy) {
    this.policy = policy;
  }

  /** A worker was started now. */
  void started() {
    startedNanos = System.nanoTime();
  }

  /** The worker ended with {@code status}; returns how long to wait before the next one. */
  WorkerExit ended(int status, Instant at) {
    Duration ranFor = Duration.ofNanos(System.nanoTime() - startedNanos);
    last = new WorkerExit(status, at, ranFor);
    consecutive = policy.recovered(ranFor) ? 1 : consecutive + 1;
    count++;
    return last;
  }

  /** The wait before the restart that {@link #ended} made due. */
  Duration delay() {
    return policy.delay(consecutive);
  }

  int count() {
    return count;
  }

  /** What the next worker is told: always the count, the last exit once there was one. */
  Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put(COUNT, String.valueOf(count));
    if (last != null) {
      environment.put(LAST_EXIT, last.reason());
      environment.put(LAST_EXIT_AT, last.at().toString());
    }
    return environment;
  }
}
