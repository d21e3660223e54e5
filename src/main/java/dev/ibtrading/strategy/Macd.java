package dev.ibtrading.strategy;

import java.util.Arrays;

/**
 * The MACD line ({@code EMA(fast) - EMA(slow)} of the closes) and its signal line ({@code
 * EMA(signal)} of the MACD line), every EMA seeded with its first value (see {@link Ema}). With
 * that seeding both lines start at 0 on the first bar.
 */
final class Macd {
  static final int FAST = 12;
  static final int SLOW = 26;
  static final int SIGNAL = 9;

  private final double[] line;
  private final double[] signal;

  Macd(double[] line, double[] signal) {
    if (line.length != signal.length) {
      throw new IllegalArgumentException(
          "MACD has " + line.length + " values, signal " + signal.length + " (expected: equal)");
    }
    this.line = line.clone();
    this.signal = signal.clone();
  }

  /** The standard 12/26/9 MACD of {@code closes}, oldest first. */
  static Macd of(double[] closes) {
    return of(closes, FAST, SLOW, SIGNAL);
  }

  static Macd of(double[] closes, int fast, int slow, int signalPeriod) {
    double[] fastEma = Ema.of(closes, fast);
    double[] slowEma = Ema.of(closes, slow);
    double[] line = new double[closes.length];
    for (int i = 0; i < closes.length; i++) {
      line[i] = fastEma[i] - slowEma[i];
    }
    return new Macd(line, Ema.of(line, signalPeriod));
  }

  int size() {
    return line.length;
  }

  double line(int index) {
    return line[index];
  }

  double signal(int index) {
    return signal[index];
  }

  /** MACD minus signal: positive when the MACD is above its signal line. */
  double histogram(int index) {
    return line[index] - signal[index];
  }

  @Override
  public String toString() {
    return "Macd[line=" + Arrays.toString(line) + ", signal=" + Arrays.toString(signal) + "]";
  }
}
