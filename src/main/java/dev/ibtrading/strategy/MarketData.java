package dev.ibtrading.strategy;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Instrument;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Completed daily bars per instrument, as the caller fetched them for one evaluation, oldest first
 * with strictly increasing dates.
 *
 * <p>The bars/as-of contract: a strategy evaluated as of trading date {@code asOf} sees, through
 * {@link #barsAsOf}, the bars dated strictly before {@code asOf}, plus the bar dated {@code asOf}
 * only when {@link #asOfSessionClosed} is true; bars dated after {@code asOf} are never seen. So a
 * 09:30 run decides on yesterday's close even if the caller passes a bar of today's running
 * session, and a run after the close (the caller knows it from the exchange calendar's last
 * completed session) may use today's bar.
 *
 * @param dailyBars bars per instrument; an instrument without an entry has no bars
 * @param asOfSessionClosed the caller's statement that the regular session of the date the strategy
 *     is evaluated as of had ended when the bars were fetched
 */
public record MarketData(Map<Instrument, List<Bar>> dailyBars, boolean asOfSessionClosed) {
  public MarketData {
    Objects.requireNonNull(dailyBars, "dailyBars");
    Map<Instrument, List<Bar>> copy = new LinkedHashMap<>();
    dailyBars.forEach(
        (instrument, bars) -> {
          Objects.requireNonNull(instrument, "instrument");
          copy.put(instrument, requireAscending(instrument, List.copyOf(bars)));
        });
    dailyBars = Collections.unmodifiableMap(copy);
  }

  /** Bars fetched before the close of the as-of session (e.g. a 09:30 run). */
  public static MarketData beforeClose(Map<Instrument, List<Bar>> dailyBars) {
    return new MarketData(dailyBars, false);
  }

  /** Bars fetched after the close of the as-of session (e.g. a 16:15 run). */
  public static MarketData afterClose(Map<Instrument, List<Bar>> dailyBars) {
    return new MarketData(dailyBars, true);
  }

  /** No bars at all, for strategies that need none. */
  public static MarketData none() {
    return new MarketData(Map.of(), false);
  }

  /** All bars of {@code instrument} as passed, oldest first; empty when none were passed. */
  public List<Bar> bars(Instrument instrument) {
    return dailyBars.getOrDefault(instrument, List.of());
  }

  /**
   * The bars of {@code instrument} a decision as of {@code asOf} may use, oldest first: dated
   * before {@code asOf}, and the {@code asOf} bar itself only if {@link #asOfSessionClosed}.
   */
  public List<Bar> barsAsOf(Instrument instrument, LocalDate asOf) {
    return bars(instrument).stream()
        .filter(bar -> bar.date().isBefore(asOf) || (asOfSessionClosed && bar.date().equals(asOf)))
        .toList();
  }

  private static List<Bar> requireAscending(Instrument instrument, List<Bar> bars) {
    for (int i = 1; i < bars.size(); i++) {
      LocalDate previous = bars.get(i - 1).date();
      LocalDate current = bars.get(i).date();
      if (!current.isAfter(previous)) {
        throw new IllegalArgumentException(
            "bars of "
                + instrument.symbol()
                + " out of order: "
                + current
                + " after "
                + previous
                + " (expected: oldest first, one bar per date)");
      }
    }
    return bars;
  }
}
