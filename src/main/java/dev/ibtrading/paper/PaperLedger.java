package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The paper account's ledger: IB's cash-balance values of one currency, as account updates send
 * them per currency and as the account summary sends them for {@code $LEDGER}, {@code
 * $LEDGER:CURRENCY} and {@code $LEDGER:ALL}. Each currency the account holds or owes has its own
 * ledger in that currency (stocks, all in US dollars, in the dollar's), with {@code ExchangeRate}
 * the base currency's units per unit of it; the {@code BASE} ledger holds the totals converted to
 * the base currency. In an account based in dollars that holds nothing else, the {@code BASE} and
 * {@code USD} ledgers hold the same values.
 *
 * <p>Keys are IB's (the $LEDGER tag list of IB's account summary documentation, and the
 * per-currency rows of a real AUD account's updates: nautechsystems/nautilus_trader@a95c804
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json,
 * whose {@code Currency} row of {@code BASE} has the value {@code BASE}, and {@code ExchangeRate}
 * 1.00 for AUD and BASE, 1.5139472 for USD). Instruments the paper account cannot hold (options,
 * futures, bonds, funds) are 0.00. RealizedPnL is the account's realized profit since it was opened
 * (IB's is today's).
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
   * The currencies with a ledger, in order: the base currency, every currency the account holds
   * cash in (or owes), and the dollar when it holds stocks.
   */
  static List<String> currencies(PaperAccount account) {
    Set<String> currencies = new TreeSet<>(account.cashBalances().keySet());
    if (!account.holdings().isEmpty()) {
      currencies.add(PaperAccountSummary.CURRENCY);
    }
    currencies.remove(account.baseCurrency());
    List<String> ordered = new ArrayList<>();
    ordered.add(account.baseCurrency());
    ordered.addAll(currencies);
    return ordered;
  }

  /** The ledger values of one currency, or of {@link #BASE}; keys in IB's names. */
  static Map<String, String> values(PaperAccount account, PaperMarket market, String currency) {
    PaperAccount.State books = account.state();
    String base = account.baseCurrency();
    boolean totals = currency.equals(BASE);
    BigDecimal stocks = BigDecimal.ZERO;
    BigDecimal unrealized = BigDecimal.ZERO;
    BigDecimal realized = BigDecimal.ZERO;
    if (totals || currency.equals(PaperAccountSummary.CURRENCY)) {
      BigDecimal fx = totals ? market.fxRate(PaperAccountSummary.CURRENCY, base) : BigDecimal.ONE;
      for (Holding h : books.holdings()) {
        BigDecimal price = PaperAccountSummary.price(market, h, false);
        stocks = stocks.add(h.quantity().multiply(price).multiply(fx));
        unrealized =
            unrealized.add(price.subtract(h.averageCost()).multiply(h.quantity()).multiply(fx));
      }
      realized = books.realizedPnl().multiply(fx);
    }
    BigDecimal cash;
    if (totals) {
      cash = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> c : account.cashBalances().entrySet()) {
        cash = cash.add(c.getValue().multiply(market.fxRate(c.getKey(), base)));
      }
    } else {
      cash = account.cash(currency);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("AccountOrGroup", account.accountId());
    values.put("Currency", currency);
    values.put("RealCurrency", totals ? base : currency);
    values.put("CashBalance", money(cash));
    values.put("TotalCashBalance", money(cash));
    values.put("AccruedCash", money(BigDecimal.ZERO));
    values.put("StockMarketValue", money(stocks));
    values.put("NetLiquidationByCurrency", money(cash.add(stocks)));
    values.put("UnrealizedPnL", money(unrealized));
    values.put("RealizedPnL", money(realized));
    values.put(
        "ExchangeRate",
        totals || currency.equals(base) ? "1.00" : rate(market.fxRate(currency, base)));
    for (String key : ALWAYS_ZERO) {
      values.put(key, money(BigDecimal.ZERO));
    }
    return values;
  }

  /** Whether {@code key} is one of the ledger's keys. */
  static boolean isLedgerKey(String key) {
    return KEYS.contains(key);
  }

  /** IB writes a rate with up to seven decimals (1.5139472), at least two (1.00). */
  private static String rate(BigDecimal rate) {
    BigDecimal r = rate.setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return (r.scale() < 2 ? r.setScale(2) : r).toPlainString();
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
