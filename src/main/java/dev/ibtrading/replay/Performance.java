package dev.ibtrading.replay;

import java.math.BigDecimal;
import java.util.List;

/**
 * Return and drawdown of an equity curve that starts from the starting cash.
 *
 * @param totalReturn last value / starting cash - 1 (0.05 is +5 %)
 * @param maxDrawdown the largest fall from a running peak, as a fraction of that peak (0.1 is a 10
 *     % fall; 0 when the curve never fell); the starting cash counts as the first peak
 */
record Performance(double totalReturn, double maxDrawdown) {

  static Performance of(BigDecimal startingCash, List<EquityPoint> curve) {
    double start = startingCash.doubleValue();
    double peak = start;
    double last = start;
    double maxDrawdown = 0;
    for (EquityPoint point : curve) {
      last = point.netLiquidation().doubleValue();
      peak = Math.max(peak, last);
      maxDrawdown = Math.max(maxDrawdown, 1 - last / peak);
    }
    return new Performance(last / start - 1, maxDrawdown);
  }
}
