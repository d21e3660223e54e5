package dev.ibtrading.broker;

import java.math.BigDecimal;

/**
 * A stock or ETF the broker has qualified: its contract id and the details orders need.
 *
 * @param conId the broker's contract id
 * @param primaryExchange listing exchange, e.g. ARCA
 * @param minTick the smallest price increment, e.g. 0.01
 */
public record Contract(
    int conId,
    String symbol,
    String currency,
    String primaryExchange,
    BigDecimal minTick,
    String longName) {

  public Instrument instrument() {
    return new Instrument(symbol, currency, primaryExchange);
  }
}
