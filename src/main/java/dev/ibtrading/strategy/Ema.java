package dev.ibtrading.strategy;

/**
 * Exponential moving average with smoothing {@code alpha = 2 / (period + 1)}, seeded with the first
 * value (no simple-average seed): {@code ema[0] = x[0]}, {@code ema[i] = ema[i-1] + alpha * (x[i] -
 * ema[i-1])}. That is pandas' {@code ewm(span=period, adjust=False)}, which the original strategy
 * used, and ta4j's {@code EMAIndicator}.
 */
final class Ema {
  private Ema() {}

  static double alpha(int period) {
    if (period < 1) {
      throw new IllegalArgumentException("EMA period: " + period + " (expected: >= 1)");
    }
    return 2.0 / (period + 1);
  }

  /** The EMA of {@code values} at every index; empty for empty input. */
  static double[] of(double[] values, int period) {
    double alpha = alpha(period);
    double[] ema = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      ema[i] = i == 0 ? values[0] : ema[i - 1] + alpha * (values[i] - ema[i - 1]);
    }
    return ema;
  }
}
