package dev.ibtrading.riskcheck;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The risk check's limits and the action each breach asks for, bound from {@code risk.*}. Every
 * measure is always measured and reported; only a measure with a limit is checked. Fractions: 0.05
 * = 5%.
 *
 * @param dailyLoss {@code risk.daily-loss.limit}: the largest loss of the day allowed, 1 -
 *     EquityWithLoanValue / PreviousDayEquityWithLoanValue (e.g. 0.05). {@code reduce} is refused:
 *     no trade takes back a loss already made.
 * @param grossLeverage {@code risk.gross-leverage.limit}: the largest GrossPositionValue /
 *     NetLiquidation allowed (e.g. 1.5). {@code reduce} sells managed positions down
 *     proportionally, whole shares, until the leverage at current prices is at or below the limit.
 * @param positionLoss {@code risk.position-loss.limit}: the largest loss of one managed position
 *     against its average cost allowed (e.g. 0.1). {@code reduce} closes the breaching position.
 * @param marginCushion {@code risk.margin-cushion.limit}: the smallest cushion (ExcessLiquidity /
 *     NetLiquidation) allowed (e.g. 0.1). {@code reduce} sells managed positions down
 *     proportionally until the maintenance margin, estimated at the account's average rate
 *     (MaintMarginReq / GrossPositionValue), leaves the cushion at or above the limit.
 * @param orderTimeout how long a run waits for its cancels to be confirmed and for its closing
 *     orders to fill (the run's deadline may cut it); default 60s
 */
@ConfigurationProperties("risk")
@Validated
public record RiskSettings(
    @Valid Limit dailyLoss,
    @Valid Limit grossLeverage,
    @Valid Limit positionLoss,
    @Valid Limit marginCushion,
    @DefaultValue("60s") @NotNull Duration orderTimeout) {

  public RiskSettings {
    dailyLoss = dailyLoss == null ? Limit.NONE : dailyLoss;
    grossLeverage = grossLeverage == null ? Limit.NONE : grossLeverage;
    positionLoss = positionLoss == null ? Limit.NONE : positionLoss;
    marginCushion = marginCushion == null ? Limit.NONE : marginCushion;
  }

  /**
   * One measure's limit and action.
   *
   * @param limit null = measured and reported, not checked
   * @param action what a breach asks for: {@code report} (default), {@code cancel-open-orders},
   *     {@code reduce} or {@code flatten}
   */
  public record Limit(@DecimalMin("0") BigDecimal limit, RiskAction action) {
    static final Limit NONE = new Limit(null, RiskAction.REPORT);

    public Limit {
      action = action == null ? RiskAction.REPORT : action;
    }
  }

  /** No limits: everything measured and reported. */
  static RiskSettings none() {
    return new RiskSettings(null, null, null, null, Duration.ofSeconds(60));
  }

  /** The limit of {@code measure}. */
  Limit limit(RiskMeasure measure) {
    return switch (measure) {
      case DAILY_LOSS -> dailyLoss;
      case GROSS_LEVERAGE -> grossLeverage;
      case POSITION_LOSS -> positionLoss;
      case MARGIN_CUSHION -> marginCushion;
    };
  }

  /** These settings with {@code measure}'s limit replaced. */
  RiskSettings with(RiskMeasure measure, BigDecimal limit, RiskAction action) {
    Limit changed = new Limit(limit, action);
    return new RiskSettings(
        measure == RiskMeasure.DAILY_LOSS ? changed : dailyLoss,
        measure == RiskMeasure.GROSS_LEVERAGE ? changed : grossLeverage,
        measure == RiskMeasure.POSITION_LOSS ? changed : positionLoss,
        measure == RiskMeasure.MARGIN_CUSHION ? changed : marginCushion,
        orderTimeout);
  }

  @AssertTrue(
      message =
          "risk.daily-loss.action is reduce (expected: report, cancel-open-orders or flatten:"
              + " no trade takes back a loss already made)")
  public boolean isDailyLossActionPossible() {
    return dailyLoss.action() != RiskAction.REDUCE;
  }

  @AssertTrue(
      message =
          "a risk.<measure>.action other than report is set without its risk.<measure>.limit"
              + " (expected: a limit, or the action removed; the action would never run)")
  public boolean isEveryActionLimited() {
    for (RiskMeasure measure : RiskMeasure.values()) {
      Limit limit = limit(measure);
      if (limit.limit() == null && limit.action() != RiskAction.REPORT) {
        return false;
      }
    }
    return true;
  }

  @AssertTrue(message = "risk.gross-leverage.limit must be > 0 (0 would allow no position at all)")
  public boolean isGrossLeverageLimitPositive() {
    return grossLeverage.limit() == null || grossLeverage.limit().signum() > 0;
  }

  @AssertTrue(message = "risk.margin-cushion.limit must be at most 1 (the cushion is a fraction)")
  public boolean isMarginCushionAFraction() {
    return marginCushion.limit() == null || marginCushion.limit().compareTo(BigDecimal.ONE) <= 0;
  }

  @AssertTrue(message = "risk.order-timeout must be positive")
  public boolean isOrderTimeoutPositive() {
    return orderTimeout == null || (!orderTimeout.isNegative() && !orderTimeout.isZero());
  }
}
