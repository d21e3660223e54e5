package dev.ibtrading.ib;

import dev.ibtrading.broker.AccountCurrency;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.AccountSummaryTags;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AccountCurrency} from ACCOUNT_SUMMARY rows of NetLiquidation and {@code
 * $LEDGER:ALL}. The ledger sends IB's cash-balance values once per currency, the row's currency
 * field naming it, and once more as totals in the base currency under the pseudo-currency {@code
 * BASE}; {@code ExchangeRate} is units of the base currency per unit of the row's currency, 1 for
 * the base itself (a real AUD account's values: nautechsystems/nautilus_trader@a79c2bbe
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json,
 * {@code CashBalance} USD 100000.27 with {@code ExchangeRate} USD 1.5139472, AUD 1.00, BASE 1.00).
 * The base currency is NetLiquidation's, which IB reports in the base currency only.
 */
final class AccountCurrencyMapper {
  /** IB's pseudo-currency of the ledger's totals in the base currency. */
  static final String BASE = "BASE";

  static final String LEDGER_ALL = "$LEDGER:ALL";
  static final List<String> SUMMARY_TAGS = List.of(AccountSummaryTags.NET_LIQUIDATION, LEDGER_ALL);

  private static final String CASH_BALANCE = "CashBalance";
  private static final String EXCHANGE_RATE = "ExchangeRate";

  private AccountCurrencyMapper() {}

  /**
   * @throws BrokerException permanent when the gateway reported nothing for the account; transient
   *     when NetLiquidation has no currency or a currency's balance or rate is missing or no number
   */
  static AccountCurrency toAccountCurrency(
      String account, List<AccountSummary> rows, Instant asOf) {
    String base = null;
    Map<String, String> balances = new LinkedHashMap<>();
    Map<String, String> rates = new LinkedHashMap<>();
    boolean any = false;
    for (AccountSummary row : rows) {
      if (!row.account().equals(account)) {
        continue;
      }
      any = true;
      String currency = row.currency().strip();
      if (row.tag().equals(AccountSummaryTags.NET_LIQUIDATION) && base == null) {
        base = currency;
      } else if (currency.isEmpty() || currency.equals(BASE)) {
        continue;
      } else if (row.tag().equals(CASH_BALANCE)) {
        balances.putIfAbsent(currency, row.value());
      } else if (row.tag().equals(EXCHANGE_RATE)) {
        rates.putIfAbsent(currency, row.value());
      }
    }
    if (!any) {
      throw new BrokerException(
          "account summary has no values for account " + account, false, null);
    }
    if (base == null || base.isEmpty()) {
      throw new BrokerException(
          "account summary of "
              + account
              + " gives no NetLiquidation with a currency: base"
              + " currency unknown",
          true,
          null);
    }
    List<CashBalance> cash = new ArrayList<>();
    for (Map.Entry<String, String> balance : balances.entrySet()) {
      String currency = balance.getKey();
      String rate = rates.get(currency);
      if (rate == null) {
        throw new BrokerException(
            "ledger of " + account + " gives no ExchangeRate for " + currency, true, null);
      }
      cash.add(
          new CashBalance(
              currency,
              number(account, CASH_BALANCE, currency, balance.getValue()),
              number(account, EXCHANGE_RATE, currency, rate)));
    }
    return new AccountCurrency(account, base, cash, asOf);
  }

  private static BigDecimal number(String account, String tag, String currency, String value) {
    try {
      return new BigDecimal(value.strip());
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
