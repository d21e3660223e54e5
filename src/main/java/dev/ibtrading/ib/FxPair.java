package dev.ibtrading.ib;

import dev.ibtrading.ib.message.WireContract;
import java.util.List;

/**
 * A currency pair as IB lists it on IDEALPRO: {@code base.quote}, priced in units of {@code quote}
 * per unit of {@code base}. IB lists each pair one way round only, in the market's convention
 * (EUR.USD, GBP.USD, USD.CHF, USD.JPY: the real EUR.USD contract in tws/real-frames/, and IB's
 * contract examples, interactivebrokers.github.io/tws-api/basic_contracts.html "FX Pairs"); the
 * other way round is error 200, no security definition.
 */
record FxPair(String base, String quote) {

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
  static FxPair conventional(String a, String b) {
    int ia = PRIORITY.indexOf(a);
    int ib = PRIORITY.indexOf(b);
    boolean aFirst = ib < 0 || (ia >= 0 && ia < ib);
    return aFirst ? new FxPair(a, b) : new FxPair(b, a);
  }

  FxPair reversed() {
    return new FxPair(quote, base);
  }

  WireContract contract() {
    return WireContract.cash(base, quote);
  }

  @Override
  public String toString() {
    return base + "." + quote;
  }
}
