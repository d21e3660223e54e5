package dev.ibtrading.run;

import dev.ibtrading.outcome.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Runs as metrics: {@code ibtrading.runs} times every finished run, tagged by {@code intent} and
 * {@code status} (its count is the number of runs), so an alert can watch for {@code failed} or a
 * missing daily {@code allocation}.
 */
final class RunMetrics {
  private final MeterRegistry registry;

  RunMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void finished(Outcome outcome) {
    Timer.builder("ibtrading.runs")
        .description("Finished runs by intent and status, and how long they took")
        .tag("intent", outcome.intent())
        .tag("status", outcome.status().wireName())
        .register(registry)
        .record(Duration.between(outcome.startedAt(), outcome.endedAt()));
  }
}
