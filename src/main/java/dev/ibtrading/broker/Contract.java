package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A stock or ETF the broker has qualified, or a currency pair: its contract id and the details
 * orders need.
 *
 * @param conId the broker's contract id; 0 when not known (a currency pair is named by its symbol
 *     and currency, which identify it at IB)
 * @param primaryExchange listing exchange, e.g. ARCA; empty for a currency pair
 * @param minTick the smallest price increment, e.g. 0.01
 * @param securityType IB's secType: {@code STK} (stocks and ETFs, the default) or {@code CASH} (a
 *     currency pair, see {@link #currencyPair})
 */
public record Contract(
    int conId,
    String symbol,
    String currency,
    String primaryExchange,
    BigDecimal minTick,
    String longName,
    String securityType) {

  /** IB's secType of stocks and ETFs. */
  public static final String STOCK = "STK";

  /** IB's secType of a currency pair (IB's "Forex" contracts). */
  public static final String CURRENCY_PAIR = "CASH";

  public Contract {
    securityType =
        securityType == null || securityType.isBlank()
            ? STOCK
            : securityType.toUpperCase(Locale.ROOT);
  }

  /** A stock or ETF. */
  public Contract(
      int conId,
      String symbol,
      String currency,
      String primaryExchange,
      BigDecimal minTick,
      String longName) {
    this(conId, symbol, currency, primaryExchange, minTick, longName, STOCK);
  }

  /**
   * The currency pair {@code base.quote} as IB names it: the pair's base currency is the symbol,
   * its quote currency the currency (EUR.USD is symbol EUR, currency USD; IB's contract samples,
   * interactivebrokers.github.io/tws-api/basic_contracts.html "FX Pairs"), traded on IDEALPRO. An
   * order's quantity is in the base currency, its price in quote currency per unit of base.
   */
  public static Contract currencyPair(String base, String quote) {
    return new Contract(0, base, quote, "", null, base + "." + quote, CURRENCY_PAIR);
  }

  /** True for a currency pair ({@code CASH}). */
  public boolean isCurrencyPair() {
    return CURRENCY_PAIR.equals(securityType);
  }

  public Instrument instrument() {
    return new Instrument(symbol, currency, primaryExchange);
  }
}
