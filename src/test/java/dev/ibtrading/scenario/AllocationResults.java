package dev.ibtrading.scenario;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Lookups in an allocation outcome's {@code result} (see README, "Allocation"): entries of {@code
 * signals}, {@code targets} and {@code planned} by symbol, and a strategy's {@code diagnostics}.
 * Each fails with the result in its message when the entry is missing.
 */
final class AllocationResults {
  private AllocationResults() {}

  /** The {@code targets} entry of {@code symbol}. */
  static JsonNode target(Pushed run, String symbol) {
    return entry(run, "targets", symbol);
  }

  /** {@code targets[symbol].targetQuantity}. */
  static BigDecimal targetQuantity(Pushed run, String symbol) {
    return target(run, symbol).path("targetQuantity").decimalValue();
  }

  /** The {@code planned} entry of {@code symbol}. */
  static JsonNode planned(Pushed run, String symbol) {
    return entry(run, "planned", symbol);
  }

  /** {@code signals[strategy, symbol].value}. */
  static BigDecimal signal(Pushed run, String strategy, String symbol) {
    for (JsonNode signal : run.result().path("signals")) {
      if (signal.path("strategy").asString().equals(strategy)
          && signal.path("symbol").asString().equals(symbol)) {
        return signal.path("value").decimalValue();
      }
    }
    throw new AssertionError(
        "no signal of " + strategy + " for " + symbol + " in " + run.result().path("signals"));
  }

  /** {@code diagnostics[strategy]}: what the strategy decided on. */
  static JsonNode diagnostics(Pushed run, String strategy) {
    JsonNode diagnostics = run.result().path("diagnostics").path(strategy);
    if (!diagnostics.isObject()) {
      throw new AssertionError("no diagnostics of " + strategy + " in the result " + run.result());
    }
    return diagnostics;
  }

  private static JsonNode entry(Pushed run, String list, String symbol) {
    for (JsonNode entry : run.result().path(list)) {
      if (entry.path("symbol").asString().equals(symbol)) {
        return entry;
      }
    }
    throw new AssertionError("no " + list + " entry for " + symbol + " in " + run.result());
  }
}
