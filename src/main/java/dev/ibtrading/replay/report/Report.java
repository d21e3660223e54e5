package dev.ibtrading.replay.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one report shows: one or more settings sets replayed over the same days, and the benchmark.
 *
 * @param from first replayed day
 * @param to last replayed day
 * @param about what was replayed, label to value (bars file, jobs file, scenario), in order
 * @param costs the commission model and slippage every set was charged
 * @param riskFreeRate annual risk-free rate of the Sharpe and Sortino ratios (0.04 is 4 %)
 * @param sets one backtest per settings set, in the order given
 * @param benchmark buy and hold of the benchmark symbol from the same start value
 */
public record Report(
    LocalDate from,
    LocalDate to,
    Map<String, String> about,
    Costs costs,
    double riskFreeRate,
    List<Backtest> sets,
    Backtest benchmark) {

  public Report {
    about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
    sets = List.copyOf(sets);
  }

  /** The sets then the benchmark: the report's columns. */
  public List<Backtest> columns() {
    List<Backtest> columns = new ArrayList<>(sets);
    columns.add(benchmark);
    return columns;
  }

  public Metrics metrics(Backtest backtest) {
    return Metrics.of(backtest, riskFreeRate);
  }
}
