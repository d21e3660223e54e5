package dev.ibtrading.broker;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The account's base currency and its cash per currency. The base currency is the one IB reports
 * NetLiquidation and every margin value in; the balances are IB's per-currency ledger (the account
 * summary's {@code $LEDGER:ALL}), without the {@code BASE} totals.
 *
 * @param cash one balance per currency the account holds or owes, the base currency included
 * @param asOf when the worker received the values
 */
public record AccountCurrency(
    String account, String baseCurrency, List<CashBalance> cash, Instant asOf) {

  public AccountCurrency {
    cash = List.copyOf(cash);
  }

  /** The balance of {@code currency}, empty when the ledger has none. */
  public Optional<CashBalance> balance(String currency) {
    return cash.stream().filter(c -> c.currency().equals(currency)).findFirst();
  }

  /**
   * IB's rate from {@code currency} to the base currency, from the account values; empty when the
   * ledger lists no such currency.
   */
  public Optional<FxRate> rateToBase(String currency) {
    if (currency.equals(baseCurrency)) {
      return Optional.of(FxRate.same(currency, asOf));
    }
    return balance(currency)
        .filter(c -> c.exchangeRate().signum() > 0)
        .map(
            c ->
                new FxRate(
                    currency,
                    baseCurrency,
                    c.exchangeRate(),
                    FxRateSource.ACCOUNT_VALUES,
                    "ExchangeRate " + c.exchangeRate().toPlainString() + " of " + account,
                    asOf));
  }
}
