package dev.ibtrading.outcome;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ibtrading.broker.TradingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What one run did: the message on the outcome topic, one per trigger (rejected ones included).
 * JSON schema: {@code pubsub/schemas/outcome-v1.json}; build one with {@link #builder}.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}; bumped on an incompatible change
 * @param runId the run key: the trigger's {@code runId} attribute, else its message id, else a hash
 *     of the plain body; the same for every delivery of one trigger
 * @param intent what was asked: {@code allocation}, {@code risk-check}, {@code eod-check}, {@code
 *     summary}, {@code close-all} (a rejected trigger may carry what it asked for)
 * @param status how the run ended
 * @param tradingMode paper or live
 * @param account the IB account, or null when it could not be known (e.g. no gateway session)
 * @param trigger the delivery that started the run
 * @param startedAt when the run started
 * @param endedAt when the run ended
 * @param result what was decided and done, intent-specific (allocation: {@code AllocationResult});
 *     null when there is nothing to report
 * @param warnings what went wrong without changing the status
 * @param errors why the status is not {@code ok}
 */
@JsonPropertyOrder({
  "schemaVersion",
  "runId",
  "intent",
  "status",
  "tradingMode",
  "account",
  "trigger",
  "startedAt",
  "endedAt",
  "result",
  "warnings",
  "errors"
})
public record Outcome(
    int schemaVersion,
    String runId,
    String intent,
    OutcomeStatus status,
    TradingMode tradingMode,
    String account,
    OutcomeTrigger trigger,
    Instant startedAt,
    Instant endedAt,
    JsonNode result,
    List<Problem> warnings,
    List<Problem> errors) {

  /** The version of the outcome format this code writes. */
  public static final int SCHEMA_VERSION = 1;

  public Outcome {
    if (schemaVersion != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "schemaVersion: " + schemaVersion + " (expected: " + SCHEMA_VERSION + ")");
    }
    requireText(runId, "runId");
    requireText(intent, "intent");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tradingMode, "tradingMode");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    if (endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "endedAt: " + endedAt + " (expected: not before startedAt " + startedAt + ")");
    }
    account = account == null || account.isBlank() ? null : account;
    result = result == null || result.isNull() ? null : result;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** A builder for the run {@code runId} of {@code intent}. */
  public static Builder builder(String runId, String intent) {
    return new Builder(runId, intent);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + ": " + value + " (expected: non-empty)");
    }
  }

  /** Collects an outcome field by field; {@link #build()} validates like the constructor. */
  public static final class Builder {
    private final String runId;
    private final String intent;
    private OutcomeStatus status;
    private TradingMode tradingMode;
    private String account;
    private OutcomeTrigger trigger;
    private Instant startedAt;
    private Instant endedAt;
    private JsonNode result;
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Problem> errors = new ArrayList<>();

    private Builder(String runId, String intent) {
      this.runId = runId;
      this.intent = intent;
    }

    public Builder status(OutcomeStatus status) {
      this.status = status;
      return this;
    }

    public Builder tradingMode(TradingMode tradingMode) {
      this.tradingMode = tradingMode;
      return this;
    }

    public Builder account(String account) {
      this.account = account;
      return this;
    }

    public Builder trigger(OutcomeTrigger trigger) {
      this.trigger = trigger;
      return this;
    }

    public Builder startedAt(Instant startedAt) {
      this.startedAt = startedAt;
      return this;
    }

    public Builder endedAt(Instant endedAt) {
      this.endedAt = endedAt;
      return this;
    }

    /** An intent-specific result as JSON. */
    public Builder result(JsonNode result) {
      this.result = result;
      return this;
    }

    public Builder warning(String code, String message) {
      warnings.add(new Problem(code, message));
      return this;
    }

    public Builder error(String code, String message) {
      errors.add(new Problem(code, message));
      return this;
    }

    public Outcome build() {
      return new Outcome(
          SCHEMA_VERSION,
          runId,
          intent,
          status,
          tradingMode,
          account,
          trigger,
          startedAt,
          endedAt,
          result,
          warnings,
          errors);
    }
  }
}
