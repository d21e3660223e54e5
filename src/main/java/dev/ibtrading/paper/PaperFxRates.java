package dev.ibtrading.paper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper gateway's exchange rates: fixed rates of a few currencies in US dollars, the account's
 * base currency. They price the paper account's foreign cash (its {@code ExchangeRate} ledger
 * values) and fill its currency conversions. Made-up round figures near early-2025 rates, not
 * market data: nothing moves them.
 *
 * <p>A stand-in kept in this one file until the paper gateway gets FX quotes and another base
 * currency (branch {@code currency}); the lead replaces it at the merge with the quotes' rates.
 */
final class PaperFxRates {
  /** US dollars per unit of each currency the paper account may hold. */
  private static final Map<String, BigDecimal> USD_PER_UNIT =
      Map.of(
          "USD", BigDecimal.ONE,
          "EUR", new BigDecimal("1.08"),
          "GBP", new BigDecimal("1.27"),
          "CHF", new BigDecimal("1.12"),
          "CAD", new BigDecimal("0.74"),
          "AUD", new BigDecimal("0.66"),
          "JPY", new BigDecimal("0.0067"));

  /**
   * The contract id of EUR.USD, as a real gateway reports it (real-frames/nautilus-trader.json).
   */
  private static final int EUR_USD_CON_ID = 12087792;

  /**
   * Contract ids of the other pairs: made up, stable, far from the stocks' ({@link PaperUniverse}).
   */
  private static final int FIRST_PAIR_CON_ID = 900_000_001;

  private static final List<String> CODES =
      List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY");

  /** Prices of pairs: 5 decimals, EUR.USD's tick on IDEALPRO (0.00005) being of that scale. */
  private static final int PRICE_SCALE = 5;

  private PaperFxRates() {}

  /** Whether the paper account can hold {@code currency}. */
  static boolean isKnown(String currency) {
    return USD_PER_UNIT.containsKey(currency);
  }

  /** The currencies the paper account can hold, for messages. */
  static List<String> currencies() {
    return CODES;
  }

  /** US dollars per unit of {@code currency}; the ledger's {@code ExchangeRate}. */
  static BigDecimal usdPerUnit(String currency) {
    BigDecimal rate = USD_PER_UNIT.get(currency);
    if (rate == null) {
      throw new IllegalArgumentException(
          "currency " + currency + " (expected one of " + CODES + ")");
    }
    return rate;
  }

  /** {@code amount} of {@code currency} in US dollars. */
  static BigDecimal inUsd(String currency, BigDecimal amount) {
    return amount.multiply(usdPerUnit(currency));
  }

  /** The sum of {@code balances} in US dollars. */
  static BigDecimal inUsd(Map<String, BigDecimal> balances) {
    return balances.entrySet().stream()
        .map(e -> inUsd(e.getKey(), e.getValue()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The price of pair {@code base.quote}: units of {@code quote} per unit of {@code base}. */
  static BigDecimal price(String base, String quote) {
    return usdPerUnit(base)
        .divide(usdPerUnit(quote), MathContext.DECIMAL64)
        .setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * The pair {@code base.quote} as an instrument of the order book, if both currencies are known.
   */
  static Optional<PaperInstrument> pair(String base, String quote) {
    if (!isKnown(base) || !isKnown(quote) || base.equals(quote)) {
      return Optional.empty();
    }
    String pair = base + "." + quote;
    int conId =
        pair.equals("EUR.USD")
            ? EUR_USD_CON_ID
            : FIRST_PAIR_CON_ID + CODES.indexOf(base) * CODES.size() + CODES.indexOf(quote);
    double price = price(base, quote).doubleValue();
    return Optional.of(
        new PaperInstrument(
            pair, conId, "IDEALPRO", pair, pair, "", "", "", "", 0.00005, price, 0));
  }
}
