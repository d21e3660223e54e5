package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The regime rules on hand-made MACD/signal pairs, including exact ties. */
class RegimeTests {
  private static Macd macd(double[] line, double[] signal) {
    return new Macd(line, signal);
  }

  @Nested
  class Level {
    @Test
    void aboveTheSignalIsBullishBelowIsBearish() {
      assertThat(Regime.of(macd(new double[] {0, 0.2}, new double[] {0, 0.1}), MacdMode.LEVEL))
          .isEqualTo(Regime.BULLISH);
      assertThat(Regime.of(macd(new double[] {0, -0.2}, new double[] {0, 0.1}), MacdMode.LEVEL))
          .isEqualTo(Regime.BEARISH);
    }

    @Test
    void aTieKeepsTheRegimeOfTheLastBarWhereTheyDiffered() {
      Macd wasAbove = macd(new double[] {0, 0.3, 0.2, 0.2}, new double[] {0, 0.1, 0.2, 0.2});
      Macd wasBelow = macd(new double[] {0, -0.3, 0.1}, new double[] {0, -0.1, 0.1});
      assertThat(Regime.of(wasAbove, MacdMode.LEVEL)).isEqualTo(Regime.BULLISH);
      assertThat(Regime.of(wasBelow, MacdMode.LEVEL)).isEqualTo(Regime.BEARISH);
    }

    @Test
    void neverDifferentIsNeutral() {
      assertThat(Regime.of(macd(new double[] {0, 0, 0}, new double[] {0, 0, 0}), MacdMode.LEVEL))
          .isEqualTo(Regime.NEUTRAL);
    }
  }

  @Nested
  class Crossover {
    @Test
    void crossingAboveOnTheLastBarIsBullish() {
      assertThat(regime(new double[] {0, -0.1, 0.1}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.BULLISH);
      // Touching the signal and then rising above it counts as crossing.
      assertThat(regime(new double[] {0, 0.0, 0.1}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.BULLISH);
    }

    @Test
    void crossingBelowOnTheLastBarIsBearish() {
      assertThat(regime(new double[] {0, 0.1, -0.1}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.BEARISH);
      assertThat(regime(new double[] {0, 0.0, -0.1}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.BEARISH);
    }

    @Test
    void stayingOnOneSideOrTouchingIsNeutral() {
      assertThat(regime(new double[] {0, 0.1, 0.2}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.NEUTRAL);
      assertThat(regime(new double[] {0, -0.1, -0.2}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.NEUTRAL);
      assertThat(regime(new double[] {0, 0.1, 0.0}, new double[] {0, 0, 0}))
          .isEqualTo(Regime.NEUTRAL);
      assertThat(regime(new double[] {0.5}, new double[] {0})).isEqualTo(Regime.NEUTRAL);
    }

    private Regime regime(double[] line, double[] signal) {
      return Regime.of(macd(line, signal), MacdMode.CROSSOVER);
    }
  }

  @Test
  void needsAtLeastOneBar() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Regime.of(macd(new double[0], new double[0]), MacdMode.LEVEL))
        .withMessage("MACD of 0 bars (expected: at least 1)");
  }
}
