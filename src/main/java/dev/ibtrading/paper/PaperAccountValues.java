package dev.ibtrading.paper;

import dev.ibtrading.ib.message.AccountSummaryTags;
import dev.ibtrading.ib.message.PortfolioValue;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What account updates ({@code reqAccountUpdates}, {@code reqAccountUpdatesMulti}) report at one
 * moment: the account values in IB's keys and currencies, and one portfolio value per position.
 *
 * <p>The keys and their currencies follow a real account's updates
 * (nautechsystems/nautilus_trader@a95c804
 * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json):
 * margin values once in the base currency plus a {@code -S} copy for the securities segment, the
 * ledger values once per currency and once for {@code BASE}, and texts and ratios (AccountCode,
 * AccountReady, AccountType, Cushion, Leverage-S, ...) without a currency. The values are those of
 * {@link PaperAccountSummary} and {@link PaperLedger}.
 *
 * @param values in the order sent
 * @param portfolio one per position, by symbol
 */
record PaperAccountValues(List<Value> values, List<PortfolioValue> portfolio) {

  /** One account value: IB's key, the value as text, the currency or empty. */
  record Value(String key, String value, String currency) {}

  /** Summary tags that a real account's updates also carry with a securities-segment copy. */
  private static final Set<String> SEGMENTED =
      Set.of(
          "AvailableFunds",
          AccountSummaryTags.EQUITY_WITH_LOAN_VALUE,
          AccountSummaryTags.EXCESS_LIQUIDITY,
          "FullAvailableFunds",
          "FullExcessLiquidity",
          "FullInitMarginReq",
          "FullMaintMarginReq",
          AccountSummaryTags.GROSS_POSITION_VALUE,
          "InitMarginReq",
          "LookAheadAvailableFunds",
          "LookAheadExcessLiquidity",
          "LookAheadInitMarginReq",
          "LookAheadMaintMarginReq",
          AccountSummaryTags.MAINT_MARGIN_REQ,
          AccountSummaryTags.NET_LIQUIDATION,
          "PreviousDayEquityWithLoanValue",
          "RegTEquity",
          "RegTMargin",
          "SMA",
          AccountSummaryTags.TOTAL_CASH_VALUE);

  /** Summary tags account updates do not send as such (AccruedCash comes with the ledger). */
  private static final Set<String> NOT_IN_UPDATES =
      Set.of("Leverage", "SettledCash", "AccruedCash");

  PaperAccountValues {
    values = List.copyOf(values);
    portfolio = List.copyOf(portfolio);
  }

  static PaperAccountValues of(PaperAccount account, PaperMarket market) {
    String id = account.accountId();
    String base = PaperAccountSummary.CURRENCY;
    List<Value> values = new ArrayList<>();
    values.add(new Value("AccountCode", id, ""));
    values.add(new Value("AccountReady", "true", ""));
    Map<String, String> summary = PaperAccountSummary.compute(account, market);
    summary.forEach(
        (tag, value) -> {
          if (NOT_IN_UPDATES.contains(tag)) {
            return;
          }
          String currency = PaperAccountSummary.currencyOf(tag);
          values.add(new Value(tag, value, currency));
          if (SEGMENTED.contains(tag)) {
            values.add(new Value(tag + "-S", value, currency));
          }
        });
    values.add(new Value("Leverage-S", summary.get("Leverage"), ""));
    List<String> ledgers = new ArrayList<>(PaperLedger.currencies(account));
    ledgers.add(PaperLedger.BASE);
    for (String currency : ledgers) {
      PaperLedger.values(account, market, currency)
          .forEach((key, value) -> values.add(new Value(key, value, currency)));
    }
    List<PortfolioValue> portfolio = new ArrayList<>();
    for (Holding h : account.holdings()) {
      portfolio.add(portfolioValue(id, h, PaperAccountSummary.price(market, h, false)));
    }
    return new PaperAccountValues(values, portfolio);
  }

  /** The values of the ledger (cash balances) and NetLiquidation, for {@code ledgerAndNLV}. */
  List<Value> ledgerAndNetLiquidation() {
    return values.stream()
        .filter(
            v ->
                (PaperLedger.isLedgerKey(v.key()) && !v.currency().isEmpty())
                    || v.key().equals(AccountSummaryTags.NET_LIQUIDATION))
        .toList();
  }

  private static PortfolioValue portfolioValue(String account, Holding h, BigDecimal price) {
    var instrument = PaperUniverse.bySymbol(h.symbol());
    WireContract contract =
        WireContract.stock(
            h.conId(),
            h.symbol(),
            "",
            instrument.map(PaperInstrument::primaryExchange).orElse(""),
            PaperAccountSummary.CURRENCY,
            h.symbol(),
            instrument.map(PaperInstrument::tradingClass).orElse(h.symbol()));
    return new PortfolioValue(
        contract,
        h.quantity(),
        price.doubleValue(),
        h.quantity().multiply(price).doubleValue(),
        h.averageCost().doubleValue(),
        price.subtract(h.averageCost()).multiply(h.quantity()).doubleValue(),
        0,
        account);
  }
}
