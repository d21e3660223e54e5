package dev.ibtrading.ib;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.ib.message.AccountSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the per-currency {@link CashBalance}s from the rows of an account summary for {@link
 * #LEDGER_ALL}: IB's "single flag to relay all cash balance tags, in all currencies"
 * (interactivebrokers.github.io/tws-api/account_summary.html), one row per ledger value and
 * currency, e.g. {@code CashBalance 5000.00 EUR} and {@code ExchangeRate 1.0850 EUR}, as a real
 * account's per-currency ledger rows are (nautechsystems/nautilus_trader@a95c804
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json).
 * The {@code BASE} rows are the totals in the base currency, no currency of their own, and are left
 * out.
 */
final class CashBalanceMapper {
  /** The account summary tag asking for every currency's ledger. */
  static final String LEDGER_ALL = "$LEDGER:ALL";

  static final String CASH_BALANCE = "CashBalance";
  static final String EXCHANGE_RATE = "ExchangeRate";
  private static final String BASE = "BASE";

  private CashBalanceMapper() {}

  /**
   * @throws BrokerException transient when a currency's balance comes without its rate or a value
   *     is no number: a ledger half reported is unknown, never zero
   */
  static List<CashBalance> toBalances(String account, List<AccountSummary> rows) {
    Map<String, String> balances = new LinkedHashMap<>();
    Map<String, String> rates = new LinkedHashMap<>();
    for (AccountSummary row : rows) {
      if (!row.account().equals(account)
          || row.currency().isBlank()
          || BASE.equals(row.currency())) {
        continue;
      }
      if (CASH_BALANCE.equals(row.tag())) {
        balances.putIfAbsent(row.currency(), row.value());
      } else if (EXCHANGE_RATE.equals(row.tag())) {
        rates.putIfAbsent(row.currency(), row.value());
      }
    }
    List<CashBalance> result = new ArrayList<>();
    balances.forEach(
        (currency, balance) -> {
          String rate = rates.get(currency);
          if (rate == null) {
            throw new BrokerException(
                "cash balance of " + currency + " without its ExchangeRate: rate unknown",
                true,
                null);
          }
          result.add(
              new CashBalance(
                  currency,
                  number(account, CASH_BALANCE, currency, balance),
                  number(account, EXCHANGE_RATE, currency, rate)));
        });
    return result;
  }

  private static BigDecimal number(String account, String tag, String currency, String value) {
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new BrokerException(
          "ledger of "
              + account
              + " gives "
              + tag
              + " "
              + currency
              + " '"
              + value
              + "' (expected: a decimal number)",
          true,
          e);
    }
  }
}
