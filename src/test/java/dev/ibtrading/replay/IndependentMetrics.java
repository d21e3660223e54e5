package dev.ibtrading.replay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's figures computed again, plainly and apart from the main code, from a curve (the
 * start value, then each close) and executions, as docs/replay-report.md defines them.
 */
final class IndependentMetrics {
  record Execution(LocalDate date, String symbol, double signedShares, double price, double fee) {}

  final List<LocalDate> dates;
  final double[] values;
  final List<Execution> executions;

  /** {@code dates.get(0)} is the start's date, {@code values[0]} the start value. */
  IndependentMetrics(List<LocalDate> dates, double[] values, List<Execution> executions) {
    this.dates = dates;
    this.values = values;
    this.executions = executions;
  }

  double[] dailyReturns() {
    double[] r = new double[values.length - 1];
    for (int i = 1; i < values.length; i++) {
      r[i - 1] = (values[i] - values[i - 1]) / values[i - 1];
    }
    return r;
  }

  double totalReturn() {
    return values[values.length - 1] / values[0] - 1;
  }

  double cagr() {
    double years = (values.length - 1) / 252.0;
    return Math.pow(values[values.length - 1] / values[0], 1 / years) - 1;
  }

  double volatility() {
    return stdDev(dailyReturns()) * Math.sqrt(252);
  }

  double sharpe(double annualRiskFree) {
    double[] x = excess(annualRiskFree);
    return average(x) / stdDev(x) * Math.sqrt(252);
  }

  double sortino(double annualRiskFree) {
    double[] x = excess(annualRiskFree);
    double sumOfSquares = 0;
    for (double v : x) {
      sumOfSquares += v < 0 ? v * v : 0;
    }
    return average(x) / Math.sqrt(sumOfSquares / x.length) * Math.sqrt(252);
  }

  double maxDrawdown() {
    double worst = 0;
    for (int i = 0; i < values.length; i++) {
      double peak = values[0];
      for (int j = 0; j <= i; j++) {
        peak = Math.max(peak, values[j]);
      }
      worst = Math.max(worst, (peak - values[i]) / peak);
    }
    return worst;
  }

  /** Longest stretch in calendar days from a peak to the first value back at it (or the end). */
  long longestDrawdownDays() {
    long longest = 0;
    for (int peak = 0; peak < values.length; peak++) {
      boolean isPeak = true;
      for (int j = 0; j < peak; j++) {
        isPeak &= values[j] <= values[peak];
      }
      if (!isPeak || peak + 1 >= values.length || values[peak + 1] >= values[peak]) {
        continue;
      }
      int end = peak + 1;
      while (end < values.length - 1 && values[end] < values[peak]) {
        end++;
      }
      longest = Math.max(longest, ChronoUnit.DAYS.between(dates.get(peak), dates.get(end)));
    }
    return longest;
  }

  double exposure() {
    int invested = 0;
    for (int i = 1; i < values.length; i++) {
      Map<String, Double> held = new HashMap<>();
      for (Execution e : executions) {
        if (!e.date().isAfter(dates.get(i))) {
          held.merge(e.symbol(), e.signedShares(), Double::sum);
        }
      }
      if (held.values().stream().anyMatch(q -> q != 0)) {
        invested++;
      }
    }
    return invested / (double) (values.length - 1);
  }

  double turnover() {
    double sum = 0;
    for (int i = 1; i < values.length; i++) {
      double traded = 0;
      for (Execution e : executions) {
        if (e.date().equals(dates.get(i))) {
          traded += Math.abs(e.signedShares()) * e.price();
        }
      }
      sum += traded / values[i];
    }
    return 252 * sum / (values.length - 1);
  }

  /** Profits of flat-to-flat round trips, per symbol, commissions split by shares on a crossing. */
  List<Double> roundTrips() {
    List<Double> profits = new ArrayList<>();
    Map<String, double[]> open = new HashMap<>(); // symbol -> {shares, cash}
    for (Execution e : executions) {
      double[] p = open.computeIfAbsent(e.symbol(), s -> new double[2]);
      double shares = e.signedShares();
      double closes = p[0] != 0 && Math.signum(p[0]) != Math.signum(shares) ? -p[0] : 0;
      if (closes != 0 && Math.abs(shares) >= Math.abs(closes)) {
        double part = closes / shares;
        p[1] += -closes * e.price() - e.fee() * part;
        profits.add(p[1]);
        double rest = shares - closes;
        p[0] = rest;
        p[1] = -rest * e.price() - e.fee() * (1 - part);
      } else {
        p[0] += shares;
        p[1] += -shares * e.price() - e.fee();
      }
    }
    return profits;
  }

  double commissions() {
    return executions.stream().mapToDouble(Execution::fee).sum();
  }

  private double[] excess(double annualRiskFree) {
    double perDay = Math.pow(1 + annualRiskFree, 1 / 252.0) - 1;
    double[] r = dailyReturns();
    for (int i = 0; i < r.length; i++) {
      r[i] -= perDay;
    }
    return r;
  }

  private static double average(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double stdDev(double[] x) {
    double mean = average(x);
    double s = 0;
    for (double v : x) {
      s += (v - mean) * (v - mean);
    }
    return Math.sqrt(s / (x.length - 1));
  }
}
