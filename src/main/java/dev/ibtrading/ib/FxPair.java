package dev.ibtrading.ib;

import dev.ibtrading.broker.CurrencyPairs;
import dev.ibtrading.ib.message.WireContract;
import java.util.Optional;

/**
 * A currency pair as IB lists it on IDEALPRO: {@code base.quote}, priced in units of {@code quote}
 * per unit of {@code base}. IB lists each pair one way round only ({@link CurrencyPairs} says
 * which); the other way round is error 200, no security definition. The paper gateway lists its
 * pairs by the same rule.
 */
public record FxPair(String base, String quote) {

  /** The pair of two currencies as IB lists it; empty when {@link CurrencyPairs} knows none. */
  public static Optional<FxPair> listed(String a, String b) {
    return CurrencyPairs.of(a, b).map(pair -> new FxPair(pair.symbol(), pair.currency()));
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
