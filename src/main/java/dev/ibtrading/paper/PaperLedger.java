package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paper account's ledger: IB's cash-balance values of one currency, as account updates send
 * them per currency and as the account summary sends them for {@code $LEDGER}, {@code
 * $LEDGER:CURRENCY} and {@code $LEDGER:ALL}. The base currency is the dollar; the account holds
 * stocks and dollars, and cash in other currencies ({@code ib.paper.cash-balances}, currency
 * conversions), each with a ledger of its own whose {@code ExchangeRate} is the paper rate to the
 * dollar ({@link PaperFxRates}). The {@code BASE} ledger is the dollar's with the other currencies'
 * cash added in dollars.
 *
 * <p>Keys are IB's (the $LEDGER tag list of IB's account summary documentation, and the
 * per-currency rows of a real account's updates: nautechsystems/nautilus_trader@a95c804
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json).
 * Instruments the paper account cannot hold (options, futures, bonds, funds, FX) are 0.00.
 * RealizedPnL is the account's realized profit since it was opened (IB's is today's).
 */
final class PaperLedger {
  /** The currency key of the base currency's totals. */
  static final String BASE = "BASE";

  private static final List<String> ALWAYS_ZERO =
      List.of(
          "OptionMarketValue",
          "FutureOptionValue",
          "FuturesPNL",
          "FundValue",
          "NetDividend",
          "MutualFundValue",
          "MoneyMarketFundValue",
          "CorporateBondValue",
          "TBondValue",
          "TBillValue",
          "WarrantValue",
          "FxCashBalance",
          "IssuerOptionValue");

  private static final Set<String> KEYS =
      Stream.concat(
              Stream.of(
                  "AccountOrGroup",
                  "Currency",
                  "RealCurrency",
                  "CashBalance",
                  "TotalCashBalance",
                  "AccruedCash",
                  "StockMarketValue",
                  "NetLiquidationByCurrency",
                  "UnrealizedPnL",
                  "RealizedPnL",
                  "ExchangeRate"),
              ALWAYS_ZERO.stream())
          .collect(Collectors.toUnmodifiableSet());

  private PaperLedger() {}

  /**
   * The ledger values of one currency, keys in IB's names: the dollar's with the stocks, another
   * currency's cash alone (the account holds no foreign stocks), and for {@link #BASE} the dollar's
   * with every currency's cash added at its rate ({@link PaperFxRates}), as IB's BASE ledger sums
   * the currencies in the base currency.
   */
  static Map<String, String> values(PaperAccount account, PaperMarket market, String currency) {
    PaperAccount.State books = account.state();
    if (!currency.equals(BASE) && !currency.equals(PaperAccountSummary.CURRENCY)) {
      return foreign(account.accountId(), books, currency);
    }
    BigDecimal stocks = BigDecimal.ZERO;
    BigDecimal unrealized = BigDecimal.ZERO;
    for (Holding h : books.holdings()) {
      BigDecimal price = PaperAccountSummary.price(market, h, false);
      stocks = stocks.add(h.quantity().multiply(price));
      unrealized = unrealized.add(price.subtract(h.averageCost()).multiply(h.quantity()));
    }
    BigDecimal cash =
        currency.equals(BASE)
            ? books.cash().add(PaperFxRates.inUsd(books.foreignCash()))
            : books.cash();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("AccountOrGroup", account.accountId());
    values.put("Currency", currency);
    values.put("RealCurrency", currency);
    values.put("CashBalance", money(cash));
    values.put("TotalCashBalance", money(cash));
    values.put("AccruedCash", money(BigDecimal.ZERO));
    values.put("StockMarketValue", money(stocks));
    values.put("NetLiquidationByCurrency", money(cash.add(stocks)));
    values.put("UnrealizedPnL", money(unrealized));
    values.put("RealizedPnL", money(books.realizedPnl()));
    values.put("ExchangeRate", "1.00");
    for (String key : ALWAYS_ZERO) {
      values.put(key, money(BigDecimal.ZERO));
    }
    return values;
  }

  /**
   * The currencies with a ledger of their own: the dollar, then each other currency the account
   * holds, by code.
   */
  static List<String> currencies(PaperAccount account) {
    List<String> currencies = new ArrayList<>();
    currencies.add(PaperAccountSummary.CURRENCY);
    currencies.addAll(account.foreignCash().keySet());
    return currencies;
  }

  /** A currency held as cash only: its balance, worth the balance, at the paper rate. */
  private static Map<String, String> foreign(
      String accountId, PaperAccount.State books, String currency) {
    BigDecimal balance = books.foreignCash().getOrDefault(currency, BigDecimal.ZERO);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("AccountOrGroup", accountId);
    values.put("Currency", currency);
    values.put("RealCurrency", currency);
    values.put("CashBalance", money(balance));
    values.put("TotalCashBalance", money(balance));
    values.put("AccruedCash", money(BigDecimal.ZERO));
    values.put("StockMarketValue", money(BigDecimal.ZERO));
    values.put("NetLiquidationByCurrency", money(balance));
    values.put("UnrealizedPnL", money(BigDecimal.ZERO));
    values.put("RealizedPnL", money(BigDecimal.ZERO));
    values.put("ExchangeRate", PaperFxRates.usdPerUnit(currency).toPlainString());
    for (String key : ALWAYS_ZERO) {
      values.put(key, money(BigDecimal.ZERO));
    }
    return values;
  }

  /** Whether {@code key} is one of the ledger's keys. */
  static boolean isLedgerKey(String key) {
    return KEYS.contains(key);
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
