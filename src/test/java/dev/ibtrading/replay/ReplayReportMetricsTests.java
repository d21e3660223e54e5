package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import tools.jackson.databind.JsonNode;

/**
 * Every figure of the report's {@code summary.json}, for both settings sets of a real replay
 * ({@link ComparisonReplay}) and for the benchmark, computed again here from the equity curve and
 * the executions the replay wrote (the benchmark from the bars file), by {@link IndependentMetrics}
 * and, for the max drawdown, by ta4j's {@link MaximumDrawdownCriterion}.
 */
class ReplayReportMetricsTests {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final double EPSILON = 1e-9;

  @Test
  void eachSetsFiguresMatchAnIndependentComputation() {
    ComparisonReplay replay = ComparisonReplay.get();
    JsonNode sets = replay.summary().path("report").path("sets");
    assertThat(sets.values())
        .extracting(s -> s.path("name").asString())
        .isEqualTo(ComparisonReplay.SETS);
    int roundTrips = 0;
    for (JsonNode set : sets) {
      ReplayOutput output = replay.set(set.path("name").asString());
      IndependentMetrics expected = fromReplay(output);
      JsonNode m = set.path("metrics");
      String name = set.path("name").asString();
      assertFigures(name, m, expected);
      assertThat(m.path("trades").intValue()).isEqualTo(output.executions().size());
      assertThat(m.path("commissions").doubleValue())
          .isCloseTo(expected.commissions(), within(EPSILON));
      assertThat(set.path("trades").size()).isEqualTo(output.executions().size());
      for (int i = 0; i < output.executions().size(); i++) {
        assertThat(set.path("trades").get(i).path("runKey").asString())
            .as("%s: the run that placed trade %d", name, i)
            .isEqualTo(output.executions().get(i).path("orderRef").asString())
            .isNotBlank();
      }
      assertMonthlyReturns(name, set, expected);
      assertTieredCommissions(name, output);
      roundTrips += m.path("roundTrips").intValue();
    }
    assertThat(roundTrips).as("closed round trips of both sets").isPositive();
  }

  @Test
  void theBenchmarksFiguresMatchBuyAndHoldFromTheBarsFile() throws IOException {
    ComparisonReplay replay = ComparisonReplay.get();
    JsonNode summary = replay.summary();
    ReplayOutput level = replay.set("level");
    double cash = level.summary().path("startingCash").doubleValue();
    TreeMap<LocalDate, Double> spy = closes("SPY");
    LocalDate first = level.equity().get(0).date();
    double shares = cash / spy.lowerEntry(first).getValue();
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.parse(ComparisonReplay.FROM)));
    List<Double> values = new ArrayList<>(List.of(cash));
    for (ReplayOutput.Point p : level.equity()) {
      dates.add(p.date());
      values.add(shares * spy.get(p.date()));
    }
    IndependentMetrics expected =
        new IndependentMetrics(
            dates,
            values.stream().mapToDouble(Double::doubleValue).toArray(),
            List.of(new IndependentMetrics.Execution(first, "SPY", shares, cash / shares, 0)));

    JsonNode benchmark = summary.path("report").path("benchmark");
    assertThat(benchmark.path("name").asString()).isEqualTo("SPY");
    assertFigures("SPY", benchmark.path("metrics"), expected);
    assertThat(benchmark.path("metrics").path("winRate").isNull())
        .as("no closed round trip: no win rate")
        .isTrue();
    assertThat(benchmark.path("metrics").path("exposure").doubleValue()).isEqualTo(1.0);
    assertMonthlyReturns("SPY", benchmark, expected);
  }

  private static void assertFigures(String name, JsonNode m, IndependentMetrics expected) {
    double rf = ComparisonReplay.RISK_FREE_RATE;
    assertThat(m.path("totalReturn").doubleValue())
        .as(name + " total return")
        .isCloseTo(expected.totalReturn(), within(EPSILON));
    assertThat(m.path("cagr").doubleValue())
        .as(name + " CAGR")
        .isCloseTo(expected.cagr(), within(EPSILON));
    assertThat(m.path("volatility").doubleValue())
        .as(name + " volatility")
        .isCloseTo(expected.volatility(), within(EPSILON));
    assertThat(m.path("sharpe").doubleValue())
        .as(name + " Sharpe")
        .isCloseTo(expected.sharpe(rf), within(1e-7));
    assertThat(m.path("sortino").doubleValue())
        .as(name + " Sortino")
        .isCloseTo(expected.sortino(rf), within(1e-7));
    assertThat(m.path("maxDrawdown").doubleValue())
        .as(name + " max drawdown")
        .isCloseTo(expected.maxDrawdown(), within(EPSILON))
        .isCloseTo(ta4jMaxDrawdown(expected.values), within(1e-9))
        .isPositive();
    assertThat(m.path("longestDrawdownDays").longValue())
        .as(name + " longest drawdown")
        .isEqualTo(expected.longestDrawdownDays());
    assertThat(m.path("exposure").doubleValue())
        .as(name + " exposure")
        .isCloseTo(expected.exposure(), within(EPSILON));
    assertThat(m.path("turnover").doubleValue())
        .as(name + " turnover")
        .isCloseTo(expected.turnover(), within(EPSILON));
    List<Double> trips = expected.roundTrips();
    assertThat(m.path("roundTrips").intValue()).as(name + " round trips").isEqualTo(trips.size());
    if (!trips.isEmpty()) {
      double winners = trips.stream().filter(p -> p > 0).count();
      assertThat(m.path("winRate").doubleValue())
          .as(name + " win rate")
          .isCloseTo(winners / trips.size(), within(EPSILON));
    }
  }

  /**
   * Each execution's commission is IB's tiered schedule: USD 0.0035 a share up to 300,000 shares in
   * the month (none of these months gets further), at least 0.35, at most 1 % of the value, plus
   * 0.0002 a share clearing and 0.000175 + 0.000563 of the commission in pass-through fees.
   */
  private static void assertTieredCommissions(String name, ReplayOutput output) {
    Map<String, Double> sharesByMonth = new TreeMap<>();
    for (JsonNode e : output.executions()) {
      double shares = e.path("shares").doubleValue();
      double value = shares * e.path("price").doubleValue();
      String month =
          Instant.parse(e.path("time").asString())
              .atZone(NEW_YORK)
              .toLocalDate()
              .toString()
              .substring(0, 7);
      assertThat(sharesByMonth.merge(month, shares, Double::sum)).isLessThan(300_000);
      double commission = Math.min(Math.max(shares * 0.0035, 0.35), value * 0.01);
      double expected = commission + shares * 0.0002 + commission * (0.000175 + 0.000563);
      assertThat(e.path("commission").doubleValue())
          .as("%s: commission of %s", name, e)
          .isCloseTo(expected, within(1e-9));
    }
  }

  private static void assertMonthlyReturns(String name, JsonNode node, IndependentMetrics curve) {
    // Each month: its last value over the last value before it (the start for the first).
    Map<String, Double> expected = new TreeMap<>();
    double before = curve.values[0];
    for (int i = 1; i < curve.values.length; i++) {
      String month = curve.dates.get(i).toString().substring(0, 7);
      boolean lastOfMonth =
          i == curve.values.length - 1 || !curve.dates.get(i + 1).toString().startsWith(month);
      if (lastOfMonth) {
        expected.put(month, curve.values[i] / before - 1);
        before = curve.values[i];
      }
    }
    JsonNode months = node.path("monthlyReturns");
    assertThat(months.propertyNames())
        .as(name + " months")
        .containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (month, r) ->
            assertThat(months.path(month).doubleValue())
                .as(name + " " + month)
                .isCloseTo(r, within(EPSILON)));
  }

  private static IndependentMetrics fromReplay(ReplayOutput output) {
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.parse(ComparisonReplay.FROM)));
    List<Double> values =
        new ArrayList<>(List.of(output.summary().path("startingCash").doubleValue()));
    for (ReplayOutput.Point p : output.equity()) {
      dates.add(p.date());
      values.add(p.value().doubleValue());
    }
    List<IndependentMetrics.Execution> executions = new ArrayList<>();
    for (JsonNode e : output.executions()) {
      ZonedDateTime at = Instant.parse(e.path("time").asString()).atZone(NEW_YORK);
      double shares = e.path("shares").doubleValue();
      executions.add(
          new IndependentMetrics.Execution(
              at.toLocalDate(),
              e.path("symbol").asString(),
              e.path("side").asString().equals("BUY") ? shares : -shares,
              e.path("price").doubleValue(),
              e.path("commission").doubleValue()));
    }
    return new IndependentMetrics(
        dates, values.stream().mapToDouble(Double::doubleValue).toArray(), executions);
  }

  /** ta4j's max drawdown of holding the curve from its first value to its last. */
  private static double ta4jMaxDrawdown(double[] values) {
    BarSeries series = new BaseBarSeriesBuilder().withName("equity").build();
    ZonedDateTime time = ZonedDateTime.of(2024, 1, 1, 16, 0, 0, 0, NEW_YORK);
    for (int i = 0; i < values.length; i++) {
      series.addBar(time.plusDays(i), values[i], values[i], values[i], values[i], 0);
    }
    TradingRecord hold = new BaseTradingRecord();
    hold.enter(0, series.getBar(0).getClosePrice(), series.numOf(1));
    hold.exit(values.length - 1, series.getBar(values.length - 1).getClosePrice(), series.numOf(1));
    return new MaximumDrawdownCriterion().calculate(series, hold).doubleValue();
  }

  private static TreeMap<LocalDate, Double> closes(String symbol) throws IOException {
    TreeMap<LocalDate, Double> closes = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(ReplayUsageTests.BARS))) {
      String[] f = line.split(",");
      if (f[0].equals(symbol)) {
        closes.put(LocalDate.parse(f[1]), Double.parseDouble(f[5]));
      }
    }
    return closes;
  }
}
