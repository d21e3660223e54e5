package dev.ibtrading.scenario;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Lookups in a close-all outcome's {@code result} (docs/intents/close-all.md): entries of {@code
 * cancelled}, {@code planned}, {@code orders}, {@code positionsBefore}, {@code positionsAfter} and
 * {@code leftAlone} by symbol, the permIds of {@code cancelled}; and the shares a run traded at the
 * gateway. A missing entry fails with the list in the message.
 */
final class CloseAllResults {
  private CloseAllResults() {}

  /** The entry of {@code symbol} in the result's list {@code list}. */
  static JsonNode entry(Pushed run, String list, String symbol) {
    for (JsonNode entry : run.result().path(list)) {
      if (entry.path("symbol").asString().equals(symbol)) {
        return entry;
      }
    }
    throw new AssertionError(
        "no " + list + " entry for " + symbol + " in " + run.result().path(list));
  }

  /** The symbols of the result's list {@code list}, in order. */
  static List<String> symbols(Pushed run, String list) {
    return run.result().path(list).valueStream().map(e -> e.path("symbol").asString()).toList();
  }

  /** {@code list[symbol].quantity}: signed shares for holdings, unsigned for orders. */
  static BigDecimal quantity(Pushed run, String list, String symbol) {
    return entry(run, list, symbol).path("quantity").decimalValue();
  }

  /** The permIds of {@code cancelled}, in order. */
  static List<Long> cancelledPermIds(Pushed run) {
    return run.result()
        .path("cancelled")
        .valueStream()
        .map(o -> o.path("permId").longValue())
        .toList();
  }

  /** The share-weighted average price of {@code fills}. */
  static BigDecimal averagePrice(List<Fill> fills) {
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal shares = BigDecimal.ZERO;
    for (Fill fill : fills) {
      value = value.add(fill.price().multiply(fill.shares()));
      shares = shares.add(fill.shares());
    }
    return value.divide(shares, 8, RoundingMode.HALF_EVEN);
  }

  /** The shares of {@code symbol} the {@code fills} moved to {@code side}. */
  static BigDecimal shares(List<Fill> fills, String symbol, OrderSide side) {
    return fills.stream()
        .filter(f -> f.contract().symbol().equals(symbol) && f.side() == side)
        .map(Fill::shares)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
