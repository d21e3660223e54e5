package dev.ibtrading.cashbalancer;

import dev.ibtrading.broker.Contract;
import java.util.List;
import java.util.Optional;

/**
 * Which way round IB names the pair of two currencies: of EUR and USD it trades EUR.USD, of USD and
 * JPY it trades USD.JPY, never the reverse. The currency that comes first in {@link #PRIORITY} is
 * the pair's base (the contract's symbol), the other its quote (the contract's currency).
 *
 * <p>The order is the public TWS client stoqey/ib's (src/api/contract/forex.ts,
 * CURRENCY_SYMBOL_PRIO, at 4ae5f437: "whatever currency comes first should be in symbol and the
 * other one must be in currency"), with NZD placed after AUD as the market quotes it (NZD.USD). A
 * currency not listed gets no pair: the run leaves its cash alone ({@code unknown-pair}) rather
 * than guess a contract IB may not have.
 */
final class CurrencyPairs {
  static final List<String> PRIORITY =
      List.of(
          "KRW", "EUR", "GBP", "AUD", "NZD", "USD", "TRY", "ZAR", "CAD", "CHF", "MXN", "HKD", "JPY",
          "INR", "NOK", "SEK", "RUB");

  private CurrencyPairs() {}

  /** The pair of {@code a} and {@code b} as IB names it; empty when either is not listed. */
  static Optional<Contract> of(String a, String b) {
    int ia = PRIORITY.indexOf(a);
    int ib = PRIORITY.indexOf(b);
    if (ia < 0 || ib < 0 || ia == ib) {
      return Optional.empty();
    }
    return Optional.of(ia < ib ? Contract.currencyPair(a, b) : Contract.currencyPair(b, a));
  }
}
