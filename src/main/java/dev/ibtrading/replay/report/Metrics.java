package dev.ibtrading.replay.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's figures for one {@link Backtest}, as {@code docs/replay-report.md} defines them
 * (quantstats' definitions on daily returns, annualised with {@value #PERIODS_PER_YEAR} sessions a
 * year; turnover as pyfolio's). A ratio without enough data to be defined is NaN (null in JSON).
 *
 * @param totalReturn last close / start value - 1
 * @param cagr (1 + total return) ^ (252 / sessions) - 1
 * @param volatility sample standard deviation of the daily returns * sqrt(252)
 * @param sharpe mean / sample standard deviation of the daily excess returns * sqrt(252)
 * @param sortino mean daily excess return / downside deviation * sqrt(252)
 * @param drawdowns the underwater curve, the max drawdown and the longest one
 * @param exposure share of sessions that closed with a position held
 * @param turnover annualised: 252 * the mean over sessions of traded value / value at the close
 * @param winRate winning closed round trips / closed round trips ({@link RoundTrips})
 * @param roundTrips closed round trips
 * @param trades executions
 * @param commissions all commissions, in USD
 * @param sessions daily returns measured: one per close
 */
public record Metrics(
    double totalReturn,
    double cagr,
    double volatility,
    double sharpe,
    double sortino,
    Drawdowns drawdowns,
    double exposure,
    double turnover,
    double winRate,
    int roundTrips,
    int trades,
    double commissions,
    int sessions) {
  public static final int PERIODS_PER_YEAR = 252;
  private static final double FLAT = 1e-9;

  /**
   * @param riskFreeRate annual risk-free rate (0.04 is 4 %), de-annualised per session as
   *     quantstats does: (1 + rate) ^ (1 / 252) - 1
   */
  public static Metrics of(Backtest backtest, double riskFreeRate) {
    List<ValuePoint> curve = backtest.curve();
    int n = curve.size() - 1;
    double[] returns = new double[n];
    for (int i = 0; i < n; i++) {
      returns[i] = curve.get(i + 1).value() / curve.get(i).value() - 1;
    }
    double riskFreePerSession = Math.pow(1 + riskFreeRate, 1.0 / PERIODS_PER_YEAR) - 1;
    double[] excess = new double[n];
    for (int i = 0; i < n; i++) {
      excess[i] = returns[i] - riskFreePerSession;
    }
    double total = curve.get(n).value() / backtest.startValue() - 1;
    double annual = Math.sqrt(PERIODS_PER_YEAR);
    RoundTrips roundTrips = RoundTrips.of(backtest.trades());
    return new Metrics(
        total,
        n == 0 ? Double.NaN : Math.pow(1 + total, (double) PERIODS_PER_YEAR / n) - 1,
        sampleStdDev(returns) * annual,
        mean(excess) / sampleStdDev(excess) * annual,
        mean(excess) / downsideDeviation(excess) * annual,
        Drawdowns.of(curve),
        exposure(backtest),
        turnover(backtest),
        roundTrips.winRate(),
        roundTrips.profits().size(),
        backtest.trades().size(),
        backtest.trades().stream().mapToDouble(Trade::commission).sum(),
        n);
  }

  private static double mean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double sampleStdDev(double[] values) {
    if (values.length < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (values.length - 1));
    return sd == 0 ? Double.NaN : sd;
  }

  /** sqrt(sum of squared negative values / count of all values), quantstats' {@code sortino}. */
  private static double downsideDeviation(double[] values) {
    double squares = 0;
    for (double v : values) {
      if (v < 0) {
        squares += v * v;
      }
    }
    return squares == 0 ? Double.NaN : Math.sqrt(squares / values.length);
  }

  private static double exposure(Backtest backtest) {
    if (backtest.closes().isEmpty()) {
      return Double.NaN;
    }
    Map<String, Double> held = new HashMap<>();
    int trade = 0;
    int invested = 0;
    List<Trade> trades = backtest.trades();
    for (ValuePoint close : backtest.closes()) {
      trade = apply(trades, trade, close.date(), held);
      if (held.values().stream().anyMatch(q -> Math.abs(q) > FLAT)) {
        invested++;
      }
    }
    return (double) invested / backtest.closes().size();
  }

  /** Books the trades dated up to {@code day} from {@code from} on; returns the next index. */
  private static int apply(List<Trade> trades, int from, LocalDate day, Map<String, Double> held) {
    int i = from;
    while (i < trades.size() && !trades.get(i).date().isAfter(day)) {
      held.merge(trades.get(i).symbol(), trades.get(i).signedQuantity(), Double::sum);
      i++;
    }
    return i;
  }

  private static double turnover(Backtest backtest) {
    List<ValuePoint> closes = backtest.closes();
    if (closes.isEmpty()) {
      return Double.NaN;
    }
    Map<LocalDate, Double> traded = new HashMap<>();
    for (Trade t : backtest.trades()) {
      traded.merge(t.date(), t.value(), Double::sum);
    }
    double sum = 0;
    for (ValuePoint close : closes) {
      sum += traded.getOrDefault(close.date(), 0.0) / close.value();
    }
    return PERIODS_PER_YEAR * sum / closes.size();
  }
}
