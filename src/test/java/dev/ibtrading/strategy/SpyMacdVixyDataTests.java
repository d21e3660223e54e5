package dev.ibtrading.strategy;

import static dev.ibtrading.strategy.SpyMacdVixyFixtures.AS_OF;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.DAY_BEFORE;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.RISING;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.decide;
import static dev.ibtrading.strategy.SpyMacdVixyFixtures.strategy;
import static dev.ibtrading.strategy.SpyMacdVixyStrategy.SPY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.strategy.StrategyDecision.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which bars {@code spymacdvixy} decides on: the as-of contract, the minimum and the window. */
class SpyMacdVixyDataTests {
  @Test
  void fewerThanTheMinimumIsNotEnoughDataAndTradesNothing() {
    StrategyDecision decision = decide(strategy(), Arrays.copyOf(RISING, 34));

    assertThat(decision.kind()).isEqualTo(Kind.NOT_ENOUGH_DATA);
    assertThat(decision.weights()).isEmpty();
    assertThat(decision.diagnostics())
        .containsEntry("barsAvailable", 34)
        .containsEntry("barsRequired", 35)
        .containsEntry("lastBarDate", DAY_BEFORE)
        .containsEntry(
            "reason", "need at least 35 completed SPY daily bars as of 2024-07-10, have 34");
    assertThat(decide(strategy(), Arrays.copyOf(RISING, 35)).kind()).isEqualTo(Kind.TARGET);
  }

  @Test
  void noSpyBarsAtAllIsNotEnoughData() {
    StrategyDecision decision = strategy().evaluate(MarketData.none(), AS_OF);

    assertThat(decision.kind()).isEqualTo(Kind.NOT_ENOUGH_DATA);
    assertThat(decision.diagnostics())
        .containsEntry("barsAvailable", 0)
        .doesNotContainKey("lastBarDate");
  }

  @Test
  void theBarOfTheAsOfSessionCountsOnlyOnceTheCallerSaysItClosed() {
    List<Bar> bars = new ArrayList<>(Closes.bars(RISING, DAY_BEFORE));
    bars.add(Closes.bars(new double[] {RISING[59] * 0.6}, AS_OF).get(0));

    StrategyDecision morning =
        strategy().evaluate(MarketData.beforeClose(Map.of(SPY, bars)), AS_OF);
    StrategyDecision evening = strategy().evaluate(MarketData.afterClose(Map.of(SPY, bars)), AS_OF);

    assertThat(morning.diagnostics())
        .containsEntry("regime", "bullish")
        .containsEntry("lastBarDate", DAY_BEFORE)
        .containsEntry("barsUsed", 60);
    assertThat(evening.diagnostics())
        .containsEntry("regime", "bearish")
        .containsEntry("lastBarDate", AS_OF)
        .containsEntry("barsUsed", 61);
  }

  @Test
  void barsAfterTheAsOfDateAreNeverUsed() {
    List<Bar> bars = Closes.bars(Closes.concat(RISING, new double[] {200, 100}), AS_OF.plusDays(2));

    StrategyDecision decision =
        strategy().evaluate(MarketData.afterClose(Map.of(SPY, bars)), AS_OF);

    assertThat(decision.diagnostics())
        .containsEntry("regime", "bullish")
        .containsEntry("lastBarDate", AS_OF)
        .containsEntry("barsUsed", 60);
  }

  @Test
  void usesOnlyTheLatestConfiguredNumberOfBars() {
    double[] closes = Closes.randomWalk(3, 300);
    List<Bar> all = Closes.bars(closes, DAY_BEFORE);

    StrategyDecision fromAll = strategy().evaluate(MarketData.beforeClose(Map.of(SPY, all)), AS_OF);
    StrategyDecision fromLatest =
        strategy().evaluate(MarketData.beforeClose(Map.of(SPY, all.subList(100, 300))), AS_OF);
    StrategyDecision fromFewer =
        strategy("strategies.spymacdvixy.bars=150")
            .evaluate(MarketData.beforeClose(Map.of(SPY, all)), AS_OF);

    assertThat(fromAll).isEqualTo(fromLatest);
    assertThat(fromAll.diagnostics())
        .containsEntry("barsUsed", 200)
        .containsEntry("firstBarDate", all.get(100).date());
    assertThat(fromFewer.diagnostics().get("macd")).isNotEqualTo(fromAll.diagnostics().get("macd"));
  }

  @Test
  void diagnosticsComeInADocumentedOrder() {
    assertThat(decide(strategy(), RISING).diagnostics().keySet())
        .containsExactly(
            "mode",
            "regime",
            "macd",
            "signal",
            "previousMacd",
            "previousSignal",
            "barsUsed",
            "firstBarDate",
            "lastBarDate",
            "allowShort");
  }
}
