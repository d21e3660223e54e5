package dev.ibtrading.broker;

import java.math.BigDecimal;

/**
 * The account's cash in one currency, as IB's ledger reports it.
 *
 * @param currency ISO code, e.g. USD
 * @param balance IB's {@code CashBalance}: negative when the account owes that currency (a margin
 *     loan, e.g. after buying US stocks in a CHF account without converting)
 * @param exchangeRate IB's {@code ExchangeRate}: units of the base currency per unit of {@code
 *     currency}, 1 for the base currency itself
 */
public record CashBalance(String currency, BigDecimal balance, BigDecimal exchangeRate) {

  /** The balance in the base currency, at IB's exchange rate. */
  public BigDecimal inBaseCurrency() {
    return balance.multiply(exchangeRate);
  }
}
