package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Instrument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented rule, weight = floorMod(epochDay, 3) - 1, checked on dates worked out by hand. */
class DummyStrategyTests {
  private static final Instrument SPY = Instrument.usStock("SPY");

  @ParameterizedTest
  @CsvSource({
    "1970-01-01, -1",
    "1970-01-02, 0",
    "1970-01-03, 1",
    "1970-01-04, -1",
    "1969-12-31, 1",
    "2024-01-01, 0",
    "2024-01-02, 1",
    "2024-01-03, -1"
  })
  void cyclesThroughShortFlatLongByDate(LocalDate date, int weight) {
    DummyStrategy shorting = new DummyStrategy(Settings.dummy("strategies.dummy.allow-short=true"));

    StrategyDecision decision = shorting.evaluate(MarketData.none(), date);

    assertThat(decision.kind()).isEqualTo(StrategyDecision.Kind.TARGET);
    assertThat(decision.weight(SPY)).isEqualByComparingTo(Integer.toString(weight));
    assertThat(decision.diagnostics())
        .containsEntry("rule", "floorMod(epochDay, 3) - 1")
        .containsEntry("epochDay", date.toEpochDay())
        .containsEntry("signal", (long) weight);
  }

  @Test
  void withoutShortingTheShortDaysAreFlat() {
    DummyStrategy dummy = new DummyStrategy(Settings.dummy());

    assertThat(dummy.evaluate(MarketData.none(), LocalDate.of(1970, 1, 1)).weight(SPY))
        .isEqualByComparingTo("0");
    assertThat(dummy.evaluate(MarketData.none(), LocalDate.of(1970, 1, 3)).weight(SPY))
        .isEqualByComparingTo("1");
  }

  @Test
  void needsNoDataAndTradesTheConfiguredSymbol() {
    DummyStrategy dummy = new DummyStrategy(Settings.dummy("strategies.dummy.symbol=QQQ"));

    assertThat(dummy.name()).isEqualTo("dummy");
    assertThat(dummy.tradedInstruments()).containsExactly(Instrument.usStock("QQQ"));
    assertThat(dummy.dataInstruments()).isEmpty();
    assertThat(dummy.requiredBars()).isZero();
    assertThat(dummy.evaluate(MarketData.none(), LocalDate.of(2024, 1, 2)).weights())
        .containsOnlyKeys(Instrument.usStock("QQQ"));
  }
}
