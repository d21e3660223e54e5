package dev.ibtrading.strategy;

/** The market regime a signal strategy reads from its indicator on the last bar. */
public enum Regime {
  BULLISH,
  BEARISH,
  /** No signal: the strategy's targets are all 0 (flat), like the original's empty targets. */
  NEUTRAL;

  /** The regime of the last bar of {@code macd} under {@code mode}; needs at least one bar. */
  static Regime of(Macd macd, MacdMode mode) {
    int last = macd.size() - 1;
    if (last < 0) {
      throw new IllegalArgumentException("MACD of 0 bars (expected: at least 1)");
    }
    return switch (mode) {
      case LEVEL -> level(macd, last);
      case CROSSOVER -> crossover(macd, last);
    };
  }

  private static Regime level(Macd macd, int last) {
    for (int i = last; i >= 0; i--) {
      double histogram = macd.histogram(i);
      if (histogram > 0) {
        return BULLISH;
      }
      if (histogram < 0) {
        return BEARISH;
      }
    }
    return NEUTRAL;
  }

  private static Regime crossover(Macd macd, int last) {
    if (last == 0) {
      return NEUTRAL;
    }
    double now = macd.histogram(last);
    double before = macd.histogram(last - 1);
    if (now > 0 && before <= 0) {
      return BULLISH;
    }
    if (now < 0 && before >= 0) {
      return BEARISH;
    }
    return NEUTRAL;
  }
}
