package dev.ibtrading.status;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.outcome.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One NetLiquidation reading for the chart: from a run whose result carries the account's value, or
 * read from the broker as the page is built.
 *
 * @param runId the run that read it; null for a reading made for the page
 * @param intent the run's intent; {@value #NOW} for a reading made for the page
 * @param at when it was read: the run's start (eod-check reads it then), or the reading's time
 */
record NetLiquidationPoint(
    String runId, String intent, Instant at, BigDecimal value, String currency) {

  /** The {@code intent} of a reading made for the page rather than by a run. */
  static final String NOW = "now";

  /**
   * Where each intent's result holds the value: the object with {@code netLiquidation} and {@code
   * currency} (see the result records in {@code dev.ibtrading.outcome} and {@code docs/intents}).
   */
  private static final Map<String, List<String>> ACCOUNT_OBJECT =
      Map.of(
          "summary", List.of("account"),
          "risk-check", List.of("account"),
          "eod-check", List.of());

  /** The reading in {@code outcome}'s result, if its intent reports one and this run has it. */
  static Optional<NetLiquidationPoint> of(Outcome outcome) {
    List<String> path = ACCOUNT_OBJECT.get(outcome.intent());
    if (path == null || outcome.result() == null) {
      return Optional.empty();
    }
    JsonNode values = outcome.result();
    for (String field : path) {
      values = values.path(field);
    }
    JsonNode value = values.path("netLiquidation");
    if (!value.isNumber()) {
      return Optional.empty();
    }
    JsonNode currency = values.path("currency");
    return Optional.of(
        new NetLiquidationPoint(
            outcome.runId(),
            outcome.intent(),
            outcome.startedAt(),
            value.decimalValue(),
            currency.isString() ? currency.stringValue() : null));
  }

  /** A reading of the account made for the page. */
  static NetLiquidationPoint now(AccountSnapshot account, Instant at) {
    return new NetLiquidationPoint(null, NOW, at, account.netLiquidation(), account.currency());
  }
}
