package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketDataTests {
  private static final Instrument SPY = Instrument.usStock("SPY");
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 7, 10);

  /** Bars Monday 2024-07-08 to Friday 2024-07-12. */
  private final List<Bar> week =
      Closes.bars(new double[] {1, 2, 3, 4, 5}, LocalDate.of(2024, 7, 12));

  @Test
  void beforeTheCloseOnlyEarlierSessionsAreVisible() {
    assertThat(dates(MarketData.beforeClose(Map.of(SPY, week)).barsAsOf(SPY, WEDNESDAY)))
        .containsExactly(LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 9));
  }

  @Test
  void afterTheCloseTheAsOfSessionIsVisibleButNothingLater() {
    assertThat(dates(MarketData.afterClose(Map.of(SPY, week)).barsAsOf(SPY, WEDNESDAY)))
        .containsExactly(
            LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 9), LocalDate.of(2024, 7, 10));
  }

  @Test
  void anInstrumentWithoutBarsHasNone() {
    MarketData data = MarketData.afterClose(Map.of(SPY, week));
    assertThat(data.bars(Instrument.usStock("VIXY"))).isEmpty();
    assertThat(MarketData.none().barsAsOf(SPY, WEDNESDAY)).isEmpty();
  }

  @Test
  void rejectsBarsOutOfOrderOrOnTheSameDate() {
    List<Bar> reversed = new ArrayList<>(week);
    Collections.reverse(reversed);
    List<Bar> repeated = List.of(week.get(0), week.get(0));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarketData.beforeClose(Map.of(SPY, reversed)))
        .withMessage(
            "bars of SPY out of order: 2024-07-11 after 2024-07-12"
                + " (expected: oldest first, one bar per date)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MarketData.beforeClose(Map.of(SPY, repeated)))
        .withMessageContaining("2024-07-08 after 2024-07-08");
  }

  @Test
  void keepsItsOwnCopyOfTheBars() {
    List<Bar> bars = new ArrayList<>(week);
    MarketData data = MarketData.beforeClose(Map.of(SPY, bars));
    bars.clear();
    assertThat(data.bars(SPY)).hasSize(5);
  }

  private static List<LocalDate> dates(List<Bar> bars) {
    return bars.stream().map(Bar::date).toList();
  }
}
