package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whole-share targets: NetLiquidation x exposure x strategy weight x instrument weight / price,
 * rounded toward zero so that no target ever exceeds its capital. Signed like the weight.
 * NetLiquidation and the price are in one currency, the account's base currency: the price is the
 * instrument's own converted at the exchange rate (the original system's {@code price x fx}).
 */
final class TargetSizer {
  private TargetSizer() {}

  static BigDecimal shares(
      BigDecimal netLiquidation,
      BigDecimal exposure,
      BigDecimal strategyWeight,
      BigDecimal instrumentWeight,
      BigDecimal price) {
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price: " + price + " (expected: > 0)");
    }
    return netLiquidation
        .multiply(exposure)
        .multiply(strategyWeight)
        .multiply(instrumentWeight)
        .divide(price, 0, RoundingMode.DOWN);
  }
}
