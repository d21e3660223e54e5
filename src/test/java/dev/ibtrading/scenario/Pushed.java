package dev.ibtrading.scenario;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * One push and what came of it: the worker's HTTP answer and the outcome the run published.
 *
 * @param runId the run key the push made ({@code <intent>:<messageId>} unless a {@code runId}
 *     attribute was sent)
 * @param httpStatus the worker's answer: 200 acknowledged, 503 retry, 401/403 refused
 * @param answer the answer's JSON body (the outcome itself on a 200)
 * @param outcome the run's terminal outcome as read from the outcome topic; null when the answer
 *     was not 200 (a retry or an authentication refusal publishes none)
 * @param attributes the outcome message's attributes ({@code intent}, {@code status}, {@code
 *     runId}, {@code tradingMode}, {@code account}); empty without an outcome
 */
record Pushed(
    String runId,
    int httpStatus,
    JsonNode answer,
    Outcome outcome,
    Map<String, String> attributes) {

  OutcomeStatus status() {
    return outcome.status();
  }

  /** The outcome's {@code result}: intent-specific, e.g. the allocation's signals and orders. */
  JsonNode result() {
    return outcome.result();
  }

  List<String> warningCodes() {
    return outcome.warnings().stream().map(Problem::code).toList();
  }

  List<String> errorCodes() {
    return outcome.errors().stream().map(Problem::code).toList();
  }

  /** The warning or error with {@code code}. */
  Problem problem(String code) {
    return Stream.concat(outcome.warnings().stream(), outcome.errors().stream())
        .filter(p -> p.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no problem '"
                        + code
                        + "' in the outcome of "
                        + runId
                        + " (warnings "
                        + warningCodes()
                        + ", errors "
                        + errorCodes()
                        + ")"));
  }
}
