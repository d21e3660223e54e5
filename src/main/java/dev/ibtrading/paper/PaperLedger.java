package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paper account's ledger: IB's cash-balance values of one currency, as account updates send
 * them per currency and as the account summary sends them for {@code $LEDGER}, {@code
 * $LEDGER:CURRENCY} and {@code $LEDGER:ALL}. The account holds US dollars only and its base
 * currency is the dollar, so the {@code BASE} ledger and the {@code USD} ledger hold the same
 * values.
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

  /** The ledger values of the dollar, the same for {@link #BASE}; keys in IB's names. */
  static Map<String, String> values(PaperAccount account, PaperMarket market, String currency) {
    PaperAccount.State books = account.state();
    BigDecimal stocks = BigDecimal.ZERO;
    BigDecimal unrealized = BigDecimal.ZERO;
    for (Holding h : books.holdings()) {
      BigDecimal price = PaperAccountSummary.price(market, h, false);
      stocks = stocks.add(h.quantity().multiply(price));
      unrealized = unrealized.add(price.subtract(h.averageCost()).multiply(h.quantity()));
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("AccountOrGroup", account.accountId());
    values.put("Currency", currency);
    values.put("RealCurrency", currency);
    values.put("CashBalance", money(books.cash()));
    values.put("TotalCashBalance", money(books.cash()));
    values.put("AccruedCash", money(BigDecimal.ZERO));
    values.put("StockMarketValue", money(stocks));
    values.put("NetLiquidationByCurrency", money(books.cash().add(stocks)));
    values.put("UnrealizedPnL", money(unrealized));
    values.put("RealizedPnL", money(books.realizedPnl()));
    values.put("ExchangeRate", "1.00");
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
