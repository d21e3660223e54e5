package dev.ibtrading.status;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The worker's restarts in this container ({@link LauncherReport}), in the readiness group as
 * {@code workerRestarts}: always UP (the worker that answers has started and is ready as far as it
 * is concerned), with the count and the last exit as details, shown to the same callers as the
 * gateway's details.
 */
final class WorkerRestartsHealthIndicator implements HealthIndicator {
  private final LauncherReport report;

  WorkerRestartsHealthIndicator(LauncherReport report) {
    this.report = report;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up().withDetail("restarts", report.workerRestarts());
    if (report.lastWorkerExit() != null) {
      health.withDetail("lastExit", report.lastWorkerExit());
    }
    if (report.lastWorkerExitAt() != null) {
      health.withDetail("lastExitAt", report.lastWorkerExitAt().toString());
    }
    return health.build();
  }
}
