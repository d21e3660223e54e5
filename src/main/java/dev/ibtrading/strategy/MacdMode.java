package dev.ibtrading.strategy;

/** How {@code spymacdvixy} reads a regime from the MACD and its signal line on the last bar. */
public enum MacdMode {
  /**
   * The MACD's level against its signal: bullish while above, bearish while below. On an exact tie
   * the regime of the latest bar where they differed holds (no change); if they never differed (a
   * flat series) the regime is neutral. Positions last as long as the regime.
   */
  LEVEL,
  /**
   * The original system's rule: bullish only on the bar where the MACD crosses above its signal
   * (above now, at or below on the bar before), bearish only where it crosses below (below now, at
   * or above before), neutral on every other bar, so a position lasts about one run.
   */
  CROSSOVER
}
