package dev.ibtrading.replay.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One equity curve to report: a settings set's replay, or the benchmark.
 *
 * @param name what the report calls it: the settings set's name, or the benchmark's symbol
 * @param description one line on what it is (settings file, or "buy and hold SPY")
 * @param start the first replayed day: the start value counts as its value before its close
 * @param startValue the value before the first close (the starting cash), in USD
 * @param closes the value at each session's close, in date order
 * @param trades every execution, in time order
 */
public record Backtest(
    String name,
    String description,
    LocalDate start,
    double startValue,
    List<ValuePoint> closes,
    List<Trade> trades) {

  public Backtest {
    closes = List.copyOf(closes);
    trades = List.copyOf(trades);
  }

  /** The start value then every close: what returns and drawdowns are measured on. */
  public List<ValuePoint> curve() {
    List<ValuePoint> curve = new ArrayList<>(closes.size() + 1);
    curve.add(new ValuePoint(start, startValue));
    curve.addAll(closes);
    return curve;
  }
}
