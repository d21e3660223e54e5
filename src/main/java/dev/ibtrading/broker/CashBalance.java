package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cash the account holds in one currency, as the broker's ledger reports it.
 *
 * @param currency ISO code, e.g. EUR
 * @param balance cash in {@code currency}; negative is a debit (borrowed)
 * @param exchangeRate what one unit of {@code currency} is worth in the account's base currency, by
 *     the broker's own rate (IB's {@code ExchangeRate} ledger value); 1 for the base currency
 */
public record CashBalance(String currency, BigDecimal balance, BigDecimal exchangeRate) {
  public CashBalance {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(exchangeRate, "exchangeRate");
  }

  /** The balance in the base currency, at {@link #exchangeRate}. */
  public BigDecimal inBaseCurrency() {
    return balance.multiply(exchangeRate);
  }
}
