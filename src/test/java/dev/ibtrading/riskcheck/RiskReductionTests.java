package dev.ibtrading.riskcheck;

import static dev.ibtrading.riskcheck.RiskReadings.position;
import static dev.ibtrading.riskcheck.RiskReadings.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.riskcheck.RiskCheckResult.Measurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which closing orders reduce and flatten place, without a broker. */
class RiskReductionTests {
  /** NetLiq 100k; SPY 100 long and QQQ 50 short at 1000 (150k managed); 50k gross elsewhere. */
  private static final RiskReading LEVERED =
      new RiskReading(
          snapshot("100000", "100000", "200000", "0.5"),
          List.of(position("SPY", "100", "900", "1000"), position("QQQ", "-50", "1100", "1000")));

  private final List<Problem> warnings = new ArrayList<>();

  @Test
  void flattenClosesEveryManagedPositionOnItsSide() {
    List<RiskReduction.Closing> plan =
        RiskReduction.plan(LEVERED, List.of(), RiskAction.FLATTEN, warnings);

    assertThat(orders(plan)).containsExactly("SPY SELL 100 -> 0", "QQQ BUY 50 -> 0");
    assertThat(plan).allMatch(c -> c.measure() == null);
  }

  @Test
  void reportAndCancelPlaceNoOrder() {
    List<Measurement> breached = List.of(breach(RiskMeasure.POSITION_LOSS, "SPY", "0.1"));

    assertThat(RiskReduction.plan(LEVERED, breached, RiskAction.REPORT, warnings)).isEmpty();
    assertThat(RiskReduction.plan(LEVERED, breached, RiskAction.CANCEL_OPEN_ORDERS, warnings))
        .isEmpty();
  }

  @Test
  void reducingGrossLeverageScalesManagedPositionsUntilTheLimitHolds() {
    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            LEVERED,
            List.of(breach(RiskMeasure.GROSS_LEVERAGE, null, "1.5")),
            RiskAction.REDUCE,
            warnings);

    // Room for managed positions: 1.5 x 100k - 50k = 100k of 150k: keep two thirds, toward zero.
    assertThat(orders(plan)).containsExactly("SPY SELL 34 -> 66", "QQQ BUY 17 -> -33");
    BigDecimal grossAfter = BigDecimal.valueOf(50_000).add(managedGrossAfter(plan));
    assertThat(grossAfter.divide(BigDecimal.valueOf(100_000)))
        .isLessThanOrEqualTo(new BigDecimal("1.5"));
    assertThat(plan).allMatch(c -> c.measure() == RiskMeasure.GROSS_LEVERAGE);
    assertThat(warnings).isEmpty();
  }

  @Test
  void reducingAPositionLossClosesThatPositionOnly() {
    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            LEVERED,
            List.of(breach(RiskMeasure.POSITION_LOSS, "QQQ", "0.1")),
            RiskAction.REDUCE,
            warnings);

    assertThat(orders(plan)).containsExactly("QQQ BUY 50 -> 0");
  }

  @Test
  void severalReductionsTakeThePositionClosestToZero() {
    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            LEVERED,
            List.of(
                breach(RiskMeasure.GROSS_LEVERAGE, null, "1.5"),
                breach(RiskMeasure.POSITION_LOSS, "QQQ", "0.05")),
            RiskAction.REDUCE,
            warnings);

    assertThat(orders(plan)).containsExactly("SPY SELL 34 -> 66", "QQQ BUY 50 -> 0");
    assertThat(plan.get(1).measure()).isEqualTo(RiskMeasure.POSITION_LOSS);
  }

  @Test
  void aMeasureAskingForLessThanReduceDoesNotReduce() {
    Measurement reportOnly =
        new Measurement(
            RiskMeasure.GROSS_LEVERAGE,
            null,
            new BigDecimal("2"),
            new BigDecimal("1.5"),
            true,
            RiskAction.CANCEL_OPEN_ORDERS,
            null);

    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            LEVERED,
            List.of(reportOnly, breach(RiskMeasure.POSITION_LOSS, "QQQ", "0.1")),
            RiskAction.REDUCE,
            warnings);

    assertThat(orders(plan)).containsExactly("QQQ BUY 50 -> 0");
  }

  @Test
  void aLimitOutOfReachClosesTheManagedPositionsAndSaysSo() {
    RiskReading heavyOutside =
        new RiskReading(
            snapshot("100000", "100000", "300000", "0.5"),
            List.of(position("SPY", "100", "900", "1000")));

    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            heavyOutside,
            List.of(breach(RiskMeasure.GROSS_LEVERAGE, null, "1.5")),
            RiskAction.REDUCE,
            warnings);

    assertThat(orders(plan)).containsExactly("SPY SELL 100 -> 0");
    assertThat(warnings).extracting(Problem::code).containsExactly("limit-unreachable");
  }

  @Test
  void reducingForTheCushionFreesTheMissingMarginAtTheAccountsAverageRate() {
    // NetLiq 100k, 300k long at a 25% maintenance rate: cushion (100k - 75k) / 100k = 0.25.
    RiskReading reading =
        new RiskReading(
            snapshot("100000", "100000", "300000", "0.25"),
            List.of(position("SPY", "200", "900", "1000"), position("QQQ", "100", "900", "1000")));

    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            reading,
            List.of(breach(RiskMeasure.MARGIN_CUSHION, null, "0.5")),
            RiskAction.REDUCE,
            warnings);

    // 25k more excess liquidity = 100k less gross at 25%: keep 200k of 300k.
    assertThat(orders(plan)).containsExactly("SPY SELL 67 -> 133", "QQQ SELL 34 -> 66");
    BigDecimal maintAfter = managedGrossAfter(plan).multiply(new BigDecimal("0.25"));
    BigDecimal cushionAfter =
        BigDecimal.valueOf(100_000).subtract(maintAfter).divide(BigDecimal.valueOf(100_000));
    assertThat(cushionAfter).isGreaterThanOrEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void aPositionWithoutAPriceIsNotScaled() {
    RiskReading reading =
        new RiskReading(
            snapshot("100000", "100000", "200000", "0.5"),
            List.of(position("SPY", "150", "900", "1000"), position("QQQ", "80", "900", null)));

    List<RiskReduction.Closing> plan =
        RiskReduction.plan(
            reading,
            List.of(breach(RiskMeasure.GROSS_LEVERAGE, null, "1.5")),
            RiskAction.REDUCE,
            warnings);

    // QQQ's 50k of gross counts as outside: SPY keeps (150k - 50k) / 150k = two thirds.
    assertThat(orders(plan)).containsExactly("SPY SELL 50 -> 100");
  }

  private static Measurement breach(RiskMeasure measure, String symbol, String limit) {
    BigDecimal value =
        measure.limitIsMinimum()
            ? new BigDecimal(limit).divide(BigDecimal.valueOf(2))
            : new BigDecimal(limit).add(BigDecimal.ONE);
    return new Measurement(
        measure, symbol, value, new BigDecimal(limit), true, RiskAction.REDUCE, null);
  }

  private static List<String> orders(List<RiskReduction.Closing> plan) {
    Map<String, String> byPosition = new LinkedHashMap<>();
    for (RiskReduction.Closing c : plan) {
      byPosition.put(
          c.position().symbol(),
          c.position().symbol()
              + " "
              + (c.side() == OrderSide.BUY ? "BUY" : "SELL")
              + " "
              + c.shares().toPlainString()
              + " -> "
              + c.target().toPlainString());
    }
    return List.copyOf(byPosition.values());
  }

  private static BigDecimal managedGrossAfter(List<RiskReduction.Closing> plan) {
    BigDecimal gross = BigDecimal.ZERO;
    for (RiskReduction.Closing c : plan) {
      gross = gross.add(c.target().abs().multiply(c.position().price()));
    }
    return gross;
  }
}
