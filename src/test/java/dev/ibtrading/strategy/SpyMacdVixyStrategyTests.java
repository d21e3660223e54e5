package dev.ibtrading.strategy;

import static dev.ibtrading.strategy.SpyMacdVixyFixtures.DAY_BEFORE;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.FALLING;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.RISING;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.VIXY;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.decide;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.strategy;
import static dev.ibtrading.strategy.SpyMacdVixyStrategy.SPY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Instrument;
import dev.ibtrading.strategy.StrategyDecision.Kind;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Regimes from constructed trends, in both modes, and the weights they give. */
class SpyMacdVixyStrategyTests {
  @Test
  void tradesSpyAndVixyOnSpyData() {
    SpyMacdVixyStrategy strategy = strategy();
    assertThat(strategy.name()).isEqualTo("spymacdvixy");
    assertThat(strategy.tradedInstruments()).containsExactly(SPY, VIXY);
    assertThat(strategy.dataInstruments()).containsExactly(SPY);
    assertThat(strategy.instruments()).containsExactly(SPY, VIXY);
    assertThat(strategy.requiredBars()).isEqualTo(200);
  }

  @Nested
  class LevelMode {
    @Test
    void aRisingMarketIsBullishAllSpy() {
      StrategyDecision decision = decide(strategy(), RISING);

      assertThat(decision.kind()).isEqualTo(Kind.TARGET);
      assertThat(decision.weight(SPY)).isEqualByComparingTo("1");
      assertThat(decision.weight(VIXY)).isEqualByComparingTo("0");
      assertThat(decision.weights()).containsOnlyKeys(SPY, VIXY);
      assertThat(decision.diagnostics())
          .containsEntry("mode", "level")
          .containsEntry("regime", "bullish")
          .containsEntry("barsUsed", 60)
          .containsEntry("lastBarDate", DAY_BEFORE)
          .containsEntry("allowShort", false);
      assertThat((double) decision.diagnostics().get("macd"))
          .isGreaterThan((double) decision.diagnostics().get("signal"));
    }

    @Test
    void aFallingMarketIsBearishHedgedWithVixyOnly() {
      StrategyDecision decision = decide(strategy(), FALLING);

      assertThat(decision.diagnostics()).containsEntry("regime", "bearish");
      assertThat(decision.weight(SPY)).isEqualByComparingTo("0");
      assertThat(decision.weight(VIXY)).isEqualByComparingTo("0.5");
      assertThat((double) decision.diagnostics().get("macd"))
          .isLessThan((double) decision.diagnostics().get("signal"));
    }

    @Test
    void withShortingAllowedBearishIsHalfShortSpyHalfLongVixy() {
      StrategyDecision decision =
          decide(strategy("strategies.spymacdvixy.allow-short=true"), FALLING);

      assertThat(decision.weight(SPY)).isEqualByComparingTo("-0.5");
      assertThat(decision.weight(VIXY)).isEqualByComparingTo("0.5");
    }

    @Test
    void theRegimeHoldsForAsLongAsTheTrend() {
      SpyMacdVixyStrategy strategy = strategy();
      for (int length = 40; length <= RISING.length; length++) {
        double[] prefix = Arrays.copyOf(RISING, length);
        assertThat(decide(strategy, prefix).diagnostics()).containsEntry("regime", "bullish");
      }
    }

    @Test
    void aFlatMarketIsNeutralAndFlat() {
      StrategyDecision decision = decide(strategy(), Closes.linear(450, 0, 60));

      assertThat(decision.kind()).isEqualTo(Kind.TARGET);
      assertThat(decision.diagnostics()).containsEntry("regime", "neutral");
      assertThat(decision.weights().values())
          .allSatisfy(weight -> assertThat(weight).isEqualByComparingTo("0"));
    }
  }

  @Nested
  class CrossoverMode {
    /** Falling for 60 bars, then rising: the MACD crosses above its signal a few bars later. */
    private final double[] turnUp =
        Closes.concat(FALLING, Closes.linear(FALLING[59] + 1.5, 1.5, 40));

    /** Rising for 60 bars, then falling. */
    private final double[] turnDown =
        Closes.concat(RISING, Closes.linear(RISING[59] - 1.5, -1.5, 40));

    @Test
    void bullishOnlyOnTheBarWhereTheLevelRegimeTurnsBullish() {
      assertSignalsOnlyWhereTheLevelRegimeFlips(turnUp, "bearish", "bullish");
    }

    @Test
    void bearishOnlyOnTheBarWhereTheLevelRegimeTurnsBearish() {
      assertSignalsOnlyWhereTheLevelRegimeFlips(turnDown, "bullish", "bearish");
    }

    @Test
    void theBullishCrossoverIsAllSpyAndTheNextBarIsFlat() {
      SpyMacdVixyStrategy crossover = strategy("strategies.spymacdvixy.mode=crossover");
      int flip = firstLengthWithRegime(turnUp, "bullish");

      StrategyDecision onCross = decide(crossover, Arrays.copyOf(turnUp, flip));
      StrategyDecision after = decide(crossover, Arrays.copyOf(turnUp, flip + 1));

      assertThat(onCross.weight(SPY)).isEqualByComparingTo("1");
      assertThat(onCross.weight(VIXY)).isEqualByComparingTo("0");
      assertThat(after.kind()).isEqualTo(Kind.TARGET);
      assertThat(after.weights()).containsOnlyKeys(SPY, VIXY);
      assertThat(after.weights().values())
          .allSatisfy(weight -> assertThat(weight).isEqualByComparingTo("0"));
      assertThat(after.diagnostics()).containsEntry("mode", "crossover");
    }

    private void assertSignalsOnlyWhereTheLevelRegimeFlips(
        double[] closes, String before, String after) {
      SpyMacdVixyStrategy crossover = strategy("strategies.spymacdvixy.mode=crossover");
      int flip = firstLengthWithRegime(closes, after);
      assertThat(flip).as("the level regime turns %s after the turn", after).isGreaterThan(60);
      assertThat(regimeAt(strategy(), closes, flip - 1)).isEqualTo(before);
      for (int length = 36; length <= closes.length; length++) {
        String expected = length == flip ? after : "neutral";
        assertThat(regimeAt(crossover, closes, length))
            .as("crossover regime after %d bars", length)
            .isEqualTo(expected);
      }
    }

    private int firstLengthWithRegime(double[] closes, String regime) {
      SpyMacdVixyStrategy level = strategy();
      for (int length = 61; length <= closes.length; length++) {
        if (regimeAt(level, closes, length).equals(regime)) {
          return length;
        }
      }
      throw new AssertionError("the level regime never turns " + regime);
    }

    private String regimeAt(SpyMacdVixyStrategy strategy, double[] closes, int length) {
      return (String) decide(strategy, Arrays.copyOf(closes, length)).diagnostics().get("regime");
    }
  }

  @Test
  void configuredWeightsAreNormalizedPerRegime() {
    SpyMacdVixyStrategy strategy =
        strategy(
            "strategies.spymacdvixy.bullish-weights.QQQ=2",
            "strategies.spymacdvixy.bullish-weights.spy=1");
    Instrument qqq = Instrument.usStock("QQQ");

    StrategyDecision decision = decide(strategy, RISING);

    assertThat(strategy.tradedInstruments()).containsExactly(qqq, SPY, VIXY);
    assertThat(decision.weight(qqq)).isEqualByComparingTo("0.666666666666");
    assertThat(decision.weight(SPY)).isEqualByComparingTo("0.333333333333");
    assertThat(decision.weight(VIXY)).isEqualByComparingTo("0");
  }
}
