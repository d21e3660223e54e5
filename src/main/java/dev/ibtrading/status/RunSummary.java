package dev.ibtrading.status;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.Problem;
import java.time.Instant;
import java.util.List;

/**
 * One run as the status page lists it: the outcome without its result, problems by code only.
 *
 * @param status the outcome's status, e.g. {@code ok}
 * @param warnings the codes of the outcome's warnings, e.g. {@code trading-disabled}
 * @param errors the codes of the outcome's errors
 */
record RunSummary(
    String runId,
    String intent,
    String status,
    String account,
    Instant startedAt,
    Instant endedAt,
    List<String> warnings,
    List<String> errors) {

  static RunSummary of(Outcome outcome) {
    return new RunSummary(
        outcome.runId(),
        outcome.intent(),
        outcome.status().wireName(),
        outcome.account(),
        outcome.startedAt(),
        outcome.endedAt(),
        outcome.warnings().stream().map(Problem::code).toList(),
        outcome.errors().stream().map(Problem::code).toList());
  }
}
