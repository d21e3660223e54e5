package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Account summary values of the paper account at the market's prices. */
class PaperAccountSummaryTests {
  private final PaperGatewayConfig config = PaperGatewayConfig.forTests();
  private final PaperMarket market =
      new PaperMarket(config, PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")));
  private final PaperAccount account = new PaperAccount("DU1", 100_000);

  @Test
  void aFreshAccountIsAllCash() {
    Map<String, String> values = PaperAccountSummary.compute(account, market);

    assertThat(values)
        .contains(
            Map.entry("NetLiquidation", "100000.00"),
            Map.entry("TotalCashValue", "100000.00"),
            Map.entry("EquityWithLoanValue", "100000.00"),
            Map.entry("PreviousDayEquityWithLoanValue", "100000.00"),
            Map.entry("GrossPositionValue", "0.00"),
            Map.entry("MaintMarginReq", "0.00"),
            Map.entry("ExcessLiquidity", "100000.00"),
            Map.entry("Cushion", "1.000000"),
            Map.entry("BuyingPower", "400000.00"));
  }

  @Test
  void previousDayEquityIsTheEquityAtThePreviousCloseWhateverIsTradedToday() {
    Instant yesterday = Instant.parse("2025-01-02T16:00:00Z"); // Thursday 11:00 New York
    Instant today = Instant.parse("2025-01-03T14:45:00Z"); // Friday 09:45, before the clock's now
    account.applyFill("SPY", 756733, bd("100"), bd("440"), BigDecimal.ONE, yesterday);
    BigDecimal atThePreviousClose =
        money(PaperAccountSummary.compute(account, market), "PreviousDayEquityWithLoanValue");

    account.applyFill("SPY", 756733, bd("-60"), bd("452.17"), BigDecimal.ONE, today);
    account.applyFill("AAPL", 265598, bd("25"), bd("181.03"), new BigDecimal("1.25"), today);
    Map<String, String> values = PaperAccountSummary.compute(account, market);

    // Thursday's trade is in the previous close's books; Friday's are not.
    BigDecimal expected =
        new BigDecimal("100000")
            .subtract(new BigDecimal("44001"))
            .add(bd("100").multiply(previousClose("SPY")));
    assertThat(atThePreviousClose).isEqualByComparingTo(round(expected));
    assertThat(money(values, "PreviousDayEquityWithLoanValue"))
        .isEqualByComparingTo(round(expected));
    assertThat(money(values, "TotalCashValue"))
        .isEqualByComparingTo(
            new BigDecimal("55999")
                .add(new BigDecimal("27129.20"))
                .subtract(new BigDecimal("4527.00")));
  }

  @Test
  void aRestoredAccountHasNoTradesOfTodayToUndo() {
    Instant today = Instant.parse("2025-01-03T14:45:00Z"); // Friday 09:45 New York
    account.applyFill("SPY", 756733, bd("100"), bd("452.17"), BigDecimal.ONE, today);

    // As a test's reset between cases: a new account, which traded nothing.
    account.restore(
        new PaperAccount.State("DU1", new BigDecimal("100000"), BigDecimal.ZERO, List.of()));

    assertThat(PaperAccountSummary.compute(account, market))
        .containsEntry("PreviousDayEquityWithLoanValue", "100000.00");
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private BigDecimal previousClose(String symbol) {
    return BigDecimal.valueOf(market.previousClose(symbol));
  }

  @Test
  void longAndShortHoldingsAtTheMarketsPrices() {
    account.applyFill("SPY", 756733, new BigDecimal("100"), new BigDecimal("440"), BigDecimal.ONE);
    account.applyFill("AAPL", 265598, new BigDecimal("-50"), new BigDecimal("175"), BigDecimal.ONE);
    BigDecimal spy = price("SPY");
    BigDecimal aapl = price("AAPL");
    BigDecimal cash =
        new BigDecimal("100000").subtract(new BigDecimal("44001")).add(new BigDecimal("8749"));
    BigDecimal longValue = spy.multiply(BigDecimal.valueOf(100));
    BigDecimal shortValue = aapl.multiply(BigDecimal.valueOf(50));
    BigDecimal netLiq = cash.add(longValue).subtract(shortValue);
    BigDecimal maint =
        longValue.multiply(new BigDecimal("0.25")).add(shortValue.multiply(new BigDecimal("0.3")));
    BigDecimal gross = longValue.add(shortValue);

    Map<String, String> values = PaperAccountSummary.compute(account, market);

    assertThat(money(values, "TotalCashValue")).isEqualByComparingTo(cash);
    assertThat(money(values, "NetLiquidation")).isEqualByComparingTo(round(netLiq));
    assertThat(money(values, "EquityWithLoanValue")).isEqualByComparingTo(round(netLiq));
    assertThat(money(values, "GrossPositionValue")).isEqualByComparingTo(round(gross));
    assertThat(money(values, "MaintMarginReq")).isEqualByComparingTo(round(maint));
    assertThat(money(values, "ExcessLiquidity"))
        .isEqualByComparingTo(round(netLiq.subtract(maint)));
    assertThat(money(values, "BuyingPower"))
        .isEqualByComparingTo(
            round(
                netLiq
                    .subtract(gross.multiply(new BigDecimal("0.5")))
                    .multiply(BigDecimal.valueOf(4))));
    assertThat(new BigDecimal(values.get("Cushion")).doubleValue())
        .isCloseTo(netLiq.subtract(maint).doubleValue() / netLiq.doubleValue(), offset(1e-6));
  }

  @Test
  void previousEquityValuesTodaysHoldingsAtYesterdaysCloses() {
    account.applyFill(
        "QQQ", 320227571, new BigDecimal("10"), new BigDecimal("300"), BigDecimal.ZERO);
    BigDecimal previousClose = BigDecimal.valueOf(market.previousClose("QQQ"));

    Map<String, String> values = PaperAccountSummary.compute(account, market);

    assertThat(money(values, "PreviousDayEquityWithLoanValue"))
        .isEqualByComparingTo(
            round(new BigDecimal("97000").add(previousClose.multiply(BigDecimal.TEN))));
  }

  @Test
  void buyingPowerNeverGoesBelowZero() {
    // 100k cash buys 2,000 SPY-like shares on margin: gross far above twice the equity.
    account.applyFill(
        "SPY", 756733, new BigDecimal("1000"), new BigDecimal("600"), BigDecimal.ZERO);

    assertThat(money(PaperAccountSummary.compute(account, market), "BuyingPower")).isZero();
  }

  @Test
  void aSymbolWithoutPriceIsValuedAtItsAverageCost() {
    account.applyFill("XYZ", 1, new BigDecimal("10"), new BigDecimal("25"), BigDecimal.ZERO);

    Map<String, String> values = PaperAccountSummary.compute(account, market);

    assertThat(values.get("NetLiquidation")).isEqualTo("100000.00");
    assertThat(values.get("GrossPositionValue")).isEqualTo("250.00");
  }

  private BigDecimal price(String symbol) {
    return BigDecimal.valueOf(market.lastPrice(symbol));
  }

  private static BigDecimal money(Map<String, String> values, String tag) {
    String text = values.get(tag);
    assertThat(text).as(tag).matches("-?\\d+\\.\\d{2}");
    return new BigDecimal(text);
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }
}
