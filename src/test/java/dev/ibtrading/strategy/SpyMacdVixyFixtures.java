package dev.ibtrading.strategy;

import static dev.ibtrading.strategy.SpyMacdVixyStrategy.SPY;

import dev.ibtrading.broker.Instrument;
import java.time.LocalDate;
import java.util.Map;

/** Shared fixtures of the {@code spymacdvixy} tests: steady trends and a Wednesday to decide on. */
final class SpyMacdVixyFixtures {
  static final Instrument VIXY = Instrument.usStock("VIXY");
  static final LocalDate AS_OF = LocalDate.of(2024, 7, 10);
  static final LocalDate DAY_BEFORE = LocalDate.of(2024, 7, 9);

  /** 60 closes rising steadily: MACD above its signal from the second bar on. */
  static final double[] RISING = Closes.linear(400, 1.5, 60);

  /** 60 closes falling steadily: MACD below its signal from the second bar on. */
  static final double[] FALLING = Closes.linear(500, -1.5, 60);

  private SpyMacdVixyFixtures() {}

  static SpyMacdVixyStrategy strategy(String... properties) {
    return new SpyMacdVixyStrategy(Settings.spyMacdVixy(properties));
  }

  /**
   * The decision as of {@link #AS_OF} on SPY bars with these closes, the last one the day before.
   */
  static StrategyDecision decide(SpyMacdVixyStrategy strategy, double[] closes) {
    return strategy.evaluate(
        MarketData.beforeClose(Map.of(SPY, Closes.bars(closes, DAY_BEFORE))), AS_OF);
  }
}
