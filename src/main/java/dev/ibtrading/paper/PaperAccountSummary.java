package dev.ibtrading.paper;

import dev.ibtrading.ib.message.AccountSummaryTags;
import dev.ibtrading.paper.PaperAccount.Holding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account summary values of the paper account, computed from its cash and holdings at the market's
 * prices, for a cash-and-stocks margin account with simplified Reg T rules:
 *
 * <ul>
 *   <li>NetLiquidation = cash + sum(quantity * last price); TotalCashValue = cash, where cash is
 *       the dollars plus the other currencies' cash in dollars at the paper rates ({@link
 *       PaperFxRates}).
 *   <li>GrossPositionValue = sum(|quantity * last price|).
 *   <li>EquityWithLoanValue = NetLiquidation (true for stocks-only accounts).
 *   <li>PreviousDayEquityWithLoanValue = the equity as of the previous close, IB's meaning: today's
 *       cash and quantities valued at the previous closes, plus, for each of today's trades,
 *       quantity * (fill price - previous close) + commission, which undoes the trade (a buy paid
 *       cash for shares now valued at the previous close; its commission left the account today).
 *       Trades are the order engine's of the clock's New York day ({@link PaperAccount#dayBooks}).
 *   <li>MaintMarginReq = 25% of long value + 30% of short value (Reg T-like house rates).
 *   <li>ExcessLiquidity = EquityWithLoanValue - MaintMarginReq.
 *   <li>Cushion = ExcessLiquidity / NetLiquidation, a fraction (0 when NetLiquidation is not
 *       positive).
 *   <li>BuyingPower = 4 * (EquityWithLoanValue - InitMarginReq), InitMarginReq being 50% of gross
 *       position value (day-trading leverage of a margin account), never below 0.
 * </ul>
 *
 * <p>Values are formatted as IB does, with 2 decimals ({@code 100000.00}); the Cushion fraction
 * gets 6 so that it stays useful. A holding of a symbol the market does not know is valued at its
 * average cost.
 */
final class PaperAccountSummary {

  private static final Logger log = LoggerFactory.getLogger(PaperAccountSummary.class);
  private static final BigDecimal LONG_MAINTENANCE = new BigDecimal("0.25");
  private static final BigDecimal SHORT_MAINTENANCE = new BigDecimal("0.30");
  private static final BigDecimal INITIAL_MARGIN = new BigDecimal("0.50");
  private static final BigDecimal LEVERAGE = BigDecimal.valueOf(4);
  static final String CURRENCY = "USD";
  static final String ACCOUNT_TYPE = "INDIVIDUAL";
  private static final String UNLIMITED_DAY_TRADES = "-1";
  private static final Set<String> WITHOUT_CURRENCY =
      Set.of(
          "AccountType",
          AccountSummaryTags.CUSHION,
          "Leverage",
          "LookAheadNextChange",
          "HighestSeverity");

  private PaperAccountSummary() {}

  /** Every tag this gateway reports, in a stable order, values formatted for the wire. */
  static Map<String, String> compute(PaperAccount account, PaperMarket market) {
    PaperAccount.DayBooks day = account.dayBooks(market.now()); // books and trades of one moment
    PaperAccount.State books = day.books();
    // Cash in every currency, in dollars at the paper rates: IB's TotalCashValue sums the
    // currencies in the base currency.
    BigDecimal cash = books.cash().add(PaperFxRates.inUsd(books.foreignCash()));
    BigDecimal marketValue = BigDecimal.ZERO;
    BigDecimal previousValue = BigDecimal.ZERO;
    BigDecimal longValue = BigDecimal.ZERO;
    BigDecimal shortValue = BigDecimal.ZERO;
    for (Holding h : books.holdings()) {
      BigDecimal value = h.quantity().multiply(price(market, h, false));
      marketValue = marketValue.add(value);
      previousValue = previousValue.add(h.quantity().multiply(price(market, h, true)));
      if (value.signum() > 0) {
        longValue = longValue.add(value);
      } else {
        shortValue = shortValue.add(value.negate());
      }
    }
    BigDecimal netLiquidation = cash.add(marketValue);
    BigDecimal gross = longValue.add(shortValue);
    BigDecimal equityWithLoan = netLiquidation;
    BigDecimal maintenance =
        longValue.multiply(LONG_MAINTENANCE).add(shortValue.multiply(SHORT_MAINTENANCE));
    BigDecimal excess = equityWithLoan.subtract(maintenance);
    BigDecimal cushion =
        netLiquidation.signum() > 0
            ? excess.divide(netLiquidation, MathContext.DECIMAL64)
            : BigDecimal.ZERO;
    BigDecimal buyingPower =
        equityWithLoan
            .subtract(gross.multiply(INITIAL_MARGIN))
            .multiply(LEVERAGE)
            .max(BigDecimal.ZERO);

    Map<String, String> values = new LinkedHashMap<>();
    values.put(AccountSummaryTags.NET_LIQUIDATION, money(netLiquidation));
    values.put(AccountSummaryTags.TOTAL_CASH_VALUE, money(cash));
    values.put(AccountSummaryTags.EQUITY_WITH_LOAN_VALUE, money(equityWithLoan));
    values.put(
        AccountSummaryTags.PREVIOUS_DAY_EQUITY_WITH_LOAN_VALUE,
        money(cash.add(previousValue).add(undoneToday(day.tradesToday(), market))));
    values.put(AccountSummaryTags.GROSS_POSITION_VALUE, money(gross));
    values.put(AccountSummaryTags.MAINT_MARGIN_REQ, money(maintenance));
    values.put(AccountSummaryTags.EXCESS_LIQUIDITY, money(excess));
    values.put(
        AccountSummaryTags.CUSHION, cushion.setScale(6, RoundingMode.HALF_EVEN).toPlainString());
    values.put(AccountSummaryTags.BUYING_POWER, money(buyingPower));
    putTheRestOfIbsTags(values, cash, equityWithLoan, gross, maintenance, excess, netLiquidation);
    return values;
  }

  /**
   * The tags of IB's full list that the nine above do not cover (IB's AccountSummaryTags:
   * xqguo/twsapi@f3ca7c7 ibapi/account_summary_tags.py; the day-trade look-aheads that
   * ib_async@2afdae4 ib.py reqAccountSummaryAsync asks for too). Reg T is spelled {@code RegT}: a
   * real gateway answers nothing for IB's own constants {@code ReqTEquity}/{@code ReqTMargin}
   * (erdewit/ib_insync#589). The margin model is the one above: initial margin 50% of the gross
   * position value (so that BuyingPower = 4 * AvailableFunds, IB's rule for a Reg T margin
   * account), no scheduled margin change (look-ahead = current = full values), no accruals, cash
   * settled at once, no day-trade limit ({@code -1}, IB's "unlimited").
   */
  private static void putTheRestOfIbsTags(
      Map<String, String> values,
      BigDecimal cash,
      BigDecimal equityWithLoan,
      BigDecimal gross,
      BigDecimal maintenance,
      BigDecimal excess,
      BigDecimal netLiquidation) {
    BigDecimal initial = gross.multiply(INITIAL_MARGIN);
    BigDecimal available = equityWithLoan.subtract(initial);
    values.put("AccountType", ACCOUNT_TYPE);
    values.put("SettledCash", money(cash));
    values.put("AccruedCash", money(BigDecimal.ZERO));
    values.put("RegTEquity", money(equityWithLoan));
    values.put("RegTMargin", money(initial));
    values.put("SMA", money(equityWithLoan.subtract(initial).max(BigDecimal.ZERO)));
    values.put("InitMarginReq", money(initial));
    values.put("AvailableFunds", money(available));
    for (String prefix : List.of("Full", "LookAhead")) {
      values.put(prefix + "InitMarginReq", money(initial));
      values.put(prefix + "MaintMarginReq", money(maintenance));
      values.put(prefix + "AvailableFunds", money(available));
      values.put(prefix + "ExcessLiquidity", money(excess));
    }
    values.put("LookAheadNextChange", "0");
    values.put("HighestSeverity", "0");
    values.put("DayTradesRemaining", UNLIMITED_DAY_TRADES);
    for (int day = 1; day <= 4; day++) {
      values.put("DayTradesRemainingT+" + day, UNLIMITED_DAY_TRADES);
    }
    values.put(
        "Leverage",
        netLiquidation.signum() > 0
            ? gross.divide(netLiquidation, 2, RoundingMode.HALF_EVEN).toPlainString()
            : "0.00");
  }

  /**
   * The currency IB reports a tag in: none for the ratios, counts and texts (IB sends Cushion,
   * Leverage, AccountType, LookAheadNextChange and DayTradesRemaining without one:
   * nautechsystems/nautilus_trader@a95c804
   * tests/integration_tests/adapters/interactive_brokers/resources/responses/account_values.json),
   * the account's currency for money.
   */
  static String currencyOf(String tag) {
    return WITHOUT_CURRENCY.contains(tag) || tag.startsWith("DayTradesRemaining") ? "" : CURRENCY;
  }

  /**
   * What today's trades changed in the books valued at the previous closes: sum of quantity * (fill
   * price - previous close) + commission. Added to today's books at the previous closes, it gives
   * the books as they stood at the previous close. A symbol the market lacks has no previous close:
   * its trade is taken at its fill price.
   */
  private static BigDecimal undoneToday(List<PaperAccount.Trade> trades, PaperMarket market) {
    BigDecimal undone = BigDecimal.ZERO;
    for (PaperAccount.Trade t : trades) {
      BigDecimal previousClose =
          PaperUniverse.bySymbol(t.symbol())
              .map(i -> BigDecimal.valueOf(market.previousClose(i.symbol())))
              .orElse(t.price());
      undone =
          undone
              .add(t.signedQuantity().multiply(t.price().subtract(previousClose)))
              .add(t.commission());
    }
    return undone;
  }

  /** The last price (or previous close) of a holding, its average cost when the market lacks it. */
  static BigDecimal price(PaperMarket market, Holding holding, boolean previousClose) {
    Optional<PaperInstrument> known = PaperUniverse.bySymbol(holding.symbol());
    if (known.isEmpty()) {
      log.warn("No price for {}: valuing the holding at its average cost", holding.symbol());
      return holding.averageCost();
    }
    String symbol = known.get().symbol();
    return BigDecimal.valueOf(
        previousClose ? market.previousClose(symbol) : market.lastPrice(symbol));
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
