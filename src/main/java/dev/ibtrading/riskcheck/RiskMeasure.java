package dev.ibtrading.riskcheck;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a risk check measures. Values are fractions (0.05 = 5%); for every measure but the margin
 * cushion a value above the limit is a breach, for the cushion a value below it.
 */
public enum RiskMeasure {
  /**
   * The day's loss of equity: 1 - EquityWithLoanValue / PreviousDayEquityWithLoanValue, i.e. minus
   * the daily change; negative on a day with gains.
   */
  DAILY_LOSS("daily-loss"),
  /** GrossPositionValue / NetLiquidation, every position of the account included. */
  GROSS_LEVERAGE("gross-leverage"),
  /**
   * One managed position's loss against its average cost: (averageCost - price) / averageCost for a
   * long, (price - averageCost) / averageCost for a short; negative when in profit.
   */
  POSITION_LOSS("position-loss"),
  /** The account's cushion: ExcessLiquidity / NetLiquidation; the limit is a minimum. */
  MARGIN_CUSHION("margin-cushion");

  private final String wireName;

  RiskMeasure(String wireName) {
    this.wireName = wireName;
  }

  /** The name in settings ({@code risk.<name>.*}), outcomes and warnings. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** True when the limit is a floor (breached below it) rather than a ceiling. */
  public boolean limitIsMinimum() {
    return this == MARGIN_CUSHION;
  }
}
