package dev.ibtrading.scenario;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Lookups in a risk-check outcome's {@code result} (docs/intents/risk-check.md): its {@code
 * measures} by name and symbol, and which of them were breached.
 */
final class RiskCheckResults {
  private RiskCheckResults() {}

  /**
   * The account-wide {@code measure} when {@code symbol} is null, else the one of {@code symbol}.
   */
  static JsonNode measure(Pushed run, String measure, String symbol) {
    for (JsonNode m : run.result().path("measures")) {
      boolean named = m.path("measure").asString().equals(measure);
      boolean ofSymbol =
          symbol == null ? m.path("symbol").isNull() : symbol.equals(m.path("symbol").asString());
      if (named && ofSymbol) {
        return m;
      }
    }
    throw new AssertionError(
        "no measure " + measure + " of " + symbol + " in " + run.result().path("measures"));
  }

  /** The names of the breached measures, in the result's order. */
  static List<String> breached(Pushed run) {
    return run.result()
        .path("measures")
        .valueStream()
        .filter(m -> m.path("breached").booleanValue())
        .map(m -> m.path("measure").asString())
        .toList();
  }
}
