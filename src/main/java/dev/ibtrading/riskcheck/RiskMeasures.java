package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.riskcheck.RiskCheckResult.Measurement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The risk measures of one reading against the configured limits: pure arithmetic, no broker.
 * Values are rounded to {@link #SCALE} decimals and compared with the limit as reported, so a value
 * shown equal to its limit is inside it.
 */
final class RiskMeasures {
  static final int SCALE = 6;

  private RiskMeasures() {}

  /** Every measure of {@code reading}, account-wide ones first, one per managed position. */
  static List<Measurement> measure(
      RiskReading reading, RiskSettings settings, List<Problem> warnings) {
    AccountSnapshot account = reading.account();
    List<Measurement> measures = new ArrayList<>();
    BigDecimal daily =
        dailyLoss(account.equityWithLoanValue(), account.previousEquityWithLoanValue());
    if (daily == null) {
      warnings.add(
          new Problem(
              "not-measured",
              "daily-loss: PreviousDayEquityWithLoanValue is "
                  + account.previousEquityWithLoanValue().toPlainString()
                  + " (expected: > 0)"));
    }
    measures.add(check(RiskMeasure.DAILY_LOSS, null, daily, settings));
    BigDecimal leverage = grossLeverage(account.grossPositionValue(), account.netLiquidation());
    if (leverage == null) {
      warnings.add(
          new Problem(
              "not-measured",
              "gross-leverage: NetLiquidation is "
                  + account.netLiquidation().toPlainString()
                  + " (expected: > 0)"));
    }
    measures.add(check(RiskMeasure.GROSS_LEVERAGE, null, leverage, settings));
    for (RiskReading.Priced p : reading.managed()) {
      BigDecimal loss = positionLoss(p.quantity(), p.position().averageCost(), p.price());
      measures.add(check(RiskMeasure.POSITION_LOSS, p.symbol(), loss, settings));
    }
    BigDecimal cushion = account.cushion().setScale(SCALE, RoundingMode.HALF_EVEN);
    measures.add(check(RiskMeasure.MARGIN_CUSHION, null, cushion, settings));
    return measures;
  }

  /** 1 - equity / previous equity; null when the previous equity is not positive. */
  static BigDecimal dailyLoss(BigDecimal equity, BigDecimal previousEquity) {
    if (previousEquity.signum() <= 0) {
      return null;
    }
    return BigDecimal.ONE
        .subtract(equity.divide(previousEquity, MathContext.DECIMAL64))
        .setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** Gross position value / net liquidation; null when net liquidation is not positive. */
  static BigDecimal grossLeverage(BigDecimal grossPositionValue, BigDecimal netLiquidation) {
    if (netLiquidation.signum() <= 0) {
      return null;
    }
    return grossPositionValue.divide(netLiquidation, SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * The loss against the average cost, signed for shorts (a short loses when the price rises); null
   * without a price or a positive average cost.
   */
  static BigDecimal positionLoss(BigDecimal quantity, BigDecimal averageCost, BigDecimal price) {
    if (price == null || averageCost == null || averageCost.signum() <= 0) {
      return null;
    }
    BigDecimal drop = averageCost.subtract(price);
    BigDecimal loss = quantity.signum() < 0 ? drop.negate() : drop;
    return loss.divide(averageCost, SCALE, RoundingMode.HALF_EVEN);
  }

  /** True when {@code value} lies beyond {@code limit}; never without both. */
  static boolean breached(RiskMeasure measure, BigDecimal value, BigDecimal limit) {
    if (value == null || limit == null) {
      return false;
    }
    int side = value.compareTo(limit);
    return measure.limitIsMinimum() ? side < 0 : side > 0;
  }

  /** The strongest action the breached measures ask for; {@code report} when none is breached. */
  static RiskAction strongest(List<Measurement> measures) {
    RiskAction strongest = RiskAction.REPORT;
    for (Measurement m : measures) {
      if (m.breached()) {
        strongest = strongest.max(m.action());
      }
    }
    return strongest;
  }

  /**
   * One {@code limit-breached} warning per breach and, when breaches ask for different actions, an
   * {@code actions-combined} warning saying which one is taken.
   */
  static List<Problem> warnings(List<Measurement> measures) {
    List<Problem> warnings = new ArrayList<>();
    Set<String> asked = new TreeSet<>();
    for (Measurement m : measures) {
      if (!m.breached()) {
        continue;
      }
      asked.add(m.action().wireName());
      warnings.add(
          new Problem(
              "limit-breached",
              m.measure().wireName()
                  + (m.symbol() == null ? "" : " of " + m.symbol())
                  + " is "
                  + m.value().toPlainString()
                  + (m.measure().limitIsMinimum() ? ", below its minimum " : ", above its limit ")
                  + m.limit().toPlainString()
                  + " (action: "
                  + m.action().wireName()
                  + ")"));
    }
    if (asked.size() > 1) {
      warnings.add(
          new Problem(
              "actions-combined",
              "breaches ask for "
                  + String.join(", ", asked)
                  + ": the strongest, "
                  + strongest(measures).wireName()
                  + ", is taken once"));
    }
    return warnings;
  }

  private static Measurement check(
      RiskMeasure measure, String symbol, BigDecimal value, RiskSettings settings) {
    RiskSettings.Limit limit = settings.limit(measure);
    return new Measurement(
        measure,
        symbol,
        value,
        limit.limit(),
        breached(measure, value, limit.limit()),
        limit.action(),
        null);
  }
}
