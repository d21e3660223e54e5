package dev.ibtrading.ib;

import dev.ibtrading.ib.message.WireContract;
import java.util.List;

/**
 * A currency pair as IB lists it on IDEALPRO: {@code base.quote}, priced in units of {@code quote}
 * per unit of {@code base}. IB lists each pair one way round only, in the market's convention
 * (EUR.USD, GBP.USD, USD.CHF, USD.JPY, USD.CAD, AUD.USD: the real EUR.USD contract in
 * tws/real-frames/nautilus-trader.json, and the pairs a user qualifies at a real gateway in
 * erdewit/ib_insync#451); the other way round is error 200, no security definition. The paper
 * gateway lists its pairs by the same rule.
 */
public record FxPair(String base, String quote) {

  /**
   * The market's priority of currencies as the base of a pair: the earlier one of two is the base
   * (EUR.GBP, GBP.USD, USD.CHF, CHF.JPY).
   */
  private static final List<String> PRIORITY =
      List.of("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF", "NOK", "SEK", "DKK", "JPY");

  /**
   * The pair of two currencies in the market's convention; for a currency outside the list, the
   * listed one is the base, and for two unlisted ones {@code a} is.
   */
  public static FxPair conventional(String a, String b) {
    int ia = PRIORITY.indexOf(a);
    int ib = PRIORITY.indexOf(b);
    boolean aFirst = ib < 0 || (ia >= 0 && ia < ib);
    return aFirst ? new FxPair(a, b) : new FxPair(b, a);
  }

  public FxPair reversed() {
    return new FxPair(quote, base);
  }

  public WireContract contract() {
    return WireContract.cash(base, quote);
  }

  @Override
  public String toString() {
    return base + "." + quote;
  }
}
