package dev.ibtrading.run;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a handler decided and did: the intent-specific part of the outcome.
 *
 * @param status how the run ended; never {@code rejected} or {@code duplicate}, which the
 *     coordinator decides
 * @param result intent-specific JSON (see the outcome schema), or null
 */
public record IntentResult(
    OutcomeStatus status, JsonNode result, List<Problem> warnings, List<Problem> errors) {

  public IntentResult {
    Objects.requireNonNull(status, "status");
    if (status == OutcomeStatus.REJECTED || status == OutcomeStatus.DUPLICATE) {
      throw new IllegalArgumentException(
          "handler status: " + status.wireName() + " (expected: ok, partial, failed or skipped)");
    }
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static IntentResult ok(JsonNode result) {
    return new IntentResult(OutcomeStatus.OK, result, List.of(), List.of());
  }

  /** Nothing done on purpose (market holiday, kill switch); {@code reason} says why. */
  public static IntentResult skipped(JsonNode result, Problem reason) {
    return new IntentResult(OutcomeStatus.SKIPPED, result, List.of(reason), List.of());
  }
}
