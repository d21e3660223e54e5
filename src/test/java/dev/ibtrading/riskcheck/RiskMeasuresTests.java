package dev.ibtrading.riskcheck;

import static dev.ibtrading.riskcheck.RiskReadings.position;
import static dev.ibtrading.riskcheck.RiskReadings.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.Problem;
import dev.ibtrading.riskcheck.RiskCheckResult.Measurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measures' arithmetic, without a broker. */
class RiskMeasuresTests {

  @Test
  void theDailyLossIsMinusTheDailyChangeOfEquity() {
    assertThat(RiskMeasures.dailyLoss(dec("95000"), dec("100000"))).isEqualByComparingTo("0.05");
    assertThat(RiskMeasures.dailyLoss(dec("102000"), dec("100000"))).isEqualByComparingTo("-0.02");
    assertThat(RiskMeasures.dailyLoss(dec("2"), dec("3"))).isEqualByComparingTo("0.333333");
    assertThat(RiskMeasures.dailyLoss(dec("100"), BigDecimal.ZERO)).isNull();
  }

  @Test
  void grossLeverageIsGrossPositionValueOverNetLiquidation() {
    assertThat(RiskMeasures.grossLeverage(dec("150000"), dec("100000")))
        .isEqualByComparingTo("1.5");
    assertThat(RiskMeasures.grossLeverage(BigDecimal.ZERO, dec("100000"))).isZero();
    assertThat(RiskMeasures.grossLeverage(dec("1000"), dec("-5"))).isNull();
  }

  @Test
  void aPositionLosesWhenThePriceMovesAgainstItsSide() {
    assertThat(RiskMeasures.positionLoss(dec("10"), dec("100"), dec("88")))
        .isEqualByComparingTo("0.12");
    assertThat(RiskMeasures.positionLoss(dec("10"), dec("100"), dec("110")))
        .isEqualByComparingTo("-0.1");
    assertThat(RiskMeasures.positionLoss(dec("-10"), dec("100"), dec("112")))
        .isEqualByComparingTo("0.12");
    assertThat(RiskMeasures.positionLoss(dec("-10"), dec("100"), dec("90")))
        .isEqualByComparingTo("-0.1");
    assertThat(RiskMeasures.positionLoss(dec("10"), dec("100"), null)).isNull();
    assertThat(RiskMeasures.positionLoss(dec("10"), BigDecimal.ZERO, dec("5"))).isNull();
  }

  @Test
  void aValueAtItsLimitIsInsideAndTheCushionLimitIsAFloor() {
    assertThat(RiskMeasures.breached(RiskMeasure.GROSS_LEVERAGE, dec("1.5"), dec("1.5"))).isFalse();
    assertThat(RiskMeasures.breached(RiskMeasure.GROSS_LEVERAGE, dec("1.500001"), dec("1.5")))
        .isTrue();
    assertThat(RiskMeasures.breached(RiskMeasure.MARGIN_CUSHION, dec("0.09"), dec("0.1"))).isTrue();
    assertThat(RiskMeasures.breached(RiskMeasure.MARGIN_CUSHION, dec("0.2"), dec("0.1"))).isFalse();
    assertThat(RiskMeasures.breached(RiskMeasure.DAILY_LOSS, dec("0.9"), null)).isFalse();
    assertThat(RiskMeasures.breached(RiskMeasure.DAILY_LOSS, null, dec("0.05"))).isFalse();
  }

  @Test
  void everyMeasureIsReportedWithItsLimitAndOnlyLimitedOnesBreach() {
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.DAILY_LOSS, dec("0.05"), RiskAction.FLATTEN)
            .with(RiskMeasure.POSITION_LOSS, dec("0.1"), RiskAction.REDUCE);
    RiskReading reading =
        new RiskReading(
            snapshot("93000", "100000", "186000", "0.2"),
            List.of(position("SPY", "100", "500", "430"), position("QQQ", "-100", "400", "430")));
    List<Problem> warnings = new ArrayList<>();

    List<Measurement> measures = RiskMeasures.measure(reading, settings, warnings);

    assertThat(measures)
        .extracting(Measurement::measure, Measurement::symbol, Measurement::breached)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RiskMeasure.DAILY_LOSS, null, true),
            org.assertj.core.groups.Tuple.tuple(RiskMeasure.GROSS_LEVERAGE, null, false),
            org.assertj.core.groups.Tuple.tuple(RiskMeasure.POSITION_LOSS, "SPY", true),
            org.assertj.core.groups.Tuple.tuple(RiskMeasure.POSITION_LOSS, "QQQ", false),
            org.assertj.core.groups.Tuple.tuple(RiskMeasure.MARGIN_CUSHION, null, false));
    assertThat(measures.get(0).value()).isEqualByComparingTo("0.07");
    assertThat(measures.get(1).value()).isEqualByComparingTo("2");
    assertThat(measures.get(1).limit()).isNull();
    assertThat(measures.get(2).value()).isEqualByComparingTo("0.14");
    assertThat(measures.get(3).value()).isEqualByComparingTo("0.075");
    assertThat(measures.get(4).value()).isEqualByComparingTo("0.2");
    assertThat(warnings).isEmpty();
  }

  @Test
  void theStrongestActionIsTakenOnceAndSaidSo() {
    List<Measurement> measures =
        List.of(
            breach(RiskMeasure.POSITION_LOSS, RiskAction.REDUCE),
            breach(RiskMeasure.DAILY_LOSS, RiskAction.FLATTEN),
            breach(RiskMeasure.MARGIN_CUSHION, RiskAction.CANCEL_OPEN_ORDERS),
            new Measurement(
                RiskMeasure.GROSS_LEVERAGE,
                null,
                dec("1"),
                dec("2"),
                false,
                RiskAction.FLATTEN,
                null));

    assertThat(RiskMeasures.strongest(measures)).isEqualTo(RiskAction.FLATTEN);
    List<Problem> warnings = RiskMeasures.warnings(measures);
    assertThat(warnings)
        .extracting(Problem::code)
        .containsExactly("limit-breached", "limit-breached", "limit-breached", "actions-combined");
    assertThat(warnings.get(1).message())
        .isEqualTo("daily-loss is 0.5, above its limit 0.1 (action: flatten)");
    assertThat(warnings.get(2).message()).contains("below its minimum 0.1");
    assertThat(warnings.get(3).message())
        .contains("cancel-open-orders, flatten, reduce")
        .contains("the strongest, flatten, is taken once");
  }

  @Test
  void withoutABreachTheActionIsReport() {
    assertThat(RiskMeasures.strongest(List.of())).isEqualTo(RiskAction.REPORT);
    assertThat(
            RiskMeasures.strongest(
                List.of(
                    new Measurement(
                        RiskMeasure.DAILY_LOSS,
                        null,
                        dec("0.5"),
                        null,
                        false,
                        RiskAction.FLATTEN,
                        null))))
        .isEqualTo(RiskAction.REPORT);
  }

  private static Measurement breach(RiskMeasure measure, RiskAction action) {
    BigDecimal value = measure.limitIsMinimum() ? dec("0.05") : dec("0.5");
    return new Measurement(measure, null, value, dec("0.1"), true, action, null);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
