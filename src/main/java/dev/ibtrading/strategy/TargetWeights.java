package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a strategy's relative leg weights into target weights, the original system's way: each leg
 * is divided by the sum of the absolute weights of all legs (bearish SPY -1, VIXY +1 gives -0.5 and
 * +0.5), and then, with shorting off, negative legs become 0 while the others keep their weight
 * (SPY 0, VIXY +0.5: the capital of the dropped leg stays uninvested).
 */
final class TargetWeights {
  /** Decimal places of a normalized weight; quotients are rounded toward zero. */
  static final int SCALE = 12;

  private TargetWeights() {}

  static Map<Instrument, BigDecimal> normalize(
      Map<Instrument, BigDecimal> legs, boolean allowShort) {
    BigDecimal gross =
        legs.values().stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<Instrument, BigDecimal> targets = new LinkedHashMap<>();
    legs.forEach(
        (instrument, leg) -> {
          BigDecimal weight =
              gross.signum() == 0
                  ? BigDecimal.ZERO
                  : leg.divide(gross, SCALE, RoundingMode.DOWN).stripTrailingZeros();
          targets.put(instrument, !allowShort && weight.signum() < 0 ? BigDecimal.ZERO : weight);
        });
    return targets;
  }
}
