package dev.ibtrading.broker;

import java.util.Objects;

/**
 * A stock or ETF as the worker names it before the broker has qualified it: a symbol, the currency,
 * and optionally the primary exchange that disambiguates a symbol listed in several places.
 */
public record Instrument(String symbol, String currency, String primaryExchange) {
  public Instrument {
    Objects.requireNonNull(symbol, "symbol");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("The symbol can't be empty.");
    }
    currency = currency == null || currency.isBlank() ? "USD" : currency;
    primaryExchange = primaryExchange == null ? "" : primaryExchange;
  }

  /** A US-dollar stock routed by IB's SMART router. */
  public static Instrument usStock(String symbol) {
    return new Instrument(symbol, "USD", "");
  }
}
