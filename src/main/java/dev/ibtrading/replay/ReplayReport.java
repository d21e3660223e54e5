package dev.ibtrading.replay;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.paper.BarsFileCloses;
import dev.ibtrading.paper.BarsFileCloses.OpenClose;
import dev.ibtrading.replay.report.Backtest;
import dev.ibtrading.replay.report.Costs;
import dev.ibtrading.replay.report.Report;
import dev.ibtrading.replay.report.Trade;
import dev.ibtrading.replay.report.ValuePoint;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The report of one or more replays of the same days: each settings set's equity and trades, and
 * the benchmark, bought at the last close before the first replayed day with the whole starting
 * cash, without commission, and held.
 */
final class ReplayReport {
  private ReplayReport() {}

  /**
   * @throws IllegalArgumentException when the bars file has no bar of the benchmark symbol on or
   *     before the first replayed day
   */
  static Report of(ReplayOptions options, List<ReplayResult> results, Costs costs) {
    ReplayResult first = results.get(0);
    Map<String, String> about = new LinkedHashMap<>();
    about.put("bars", options.bars().toString());
    about.put("jobs", options.jobs() + ", scenario " + first.options().scenario());
    about.put(
        "days",
        first.tradingDays().size()
            + " sessions"
            + (first.closedWeekdays().isEmpty()
                ? ""
                : ", closed weekdays " + first.closedWeekdays()));
    about.put("starting cash", String.format(Locale.ROOT, "USD %,.2f", options.cash()));
    List<Backtest> sets = results.stream().map(ReplayReport::backtest).toList();
    return new Report(
        options.from(),
        options.to(),
        about,
        costs,
        options.riskFreeRate(),
        sets,
        benchmark(options, first));
  }

  static Backtest backtest(ReplayResult result) {
    List<ValuePoint> closes =
        result.equity().stream()
            .map(p -> new ValuePoint(p.date(), p.netLiquidation().doubleValue()))
            .toList();
    List<Trade> trades = new ArrayList<>();
    for (Fill fill : result.executions()) {
      trades.add(
          new Trade(
              fill.time(),
              fill.time().atZone(ExchangeCalendar.NEW_YORK).toLocalDate(),
              fill.contract().symbol(),
              fill.side() == OrderSide.BUY,
              fill.shares().doubleValue(),
              fill.price().doubleValue(),
              fill.commission() == null ? 0 : fill.commission().doubleValue(),
              fill.orderRef()));
    }
    SettingsSet set = result.options().set();
    return new Backtest(
        set.name(),
        set.description(),
        result.options().from(),
        result.options().cash(),
        closes,
        trades);
  }

  private static Backtest benchmark(ReplayOptions options, ReplayResult result) {
    String symbol = options.benchmark();
    NavigableMap<LocalDate, OpenClose> bars = BarsFileCloses.of(options.bars(), symbol);
    LocalDate firstDay =
        result.tradingDays().isEmpty() ? options.from() : result.tradingDays().get(0);
    Map.Entry<LocalDate, OpenClose> before = bars.lowerEntry(firstDay);
    OpenClose firstBar = bars.get(firstDay);
    if (before == null && firstBar == null) {
      throw new IllegalArgumentException(
          options.bars()
              + ": no bar of "
              + symbol
              + " on or before "
              + firstDay
              + " (expected: bars of the --benchmark symbol)");
    }
    // The last close before the first day, as the strategy's cash is valued then; without one,
    // the first day's open.
    double base = before != null ? before.getValue().close() : firstBar.open();
    double shares = options.cash() / base;
    List<ValuePoint> closes = new ArrayList<>();
    double value = options.cash();
    for (EquityPoint point : result.equity()) {
      OpenClose bar = bars.get(point.date());
      value = bar == null ? value : shares * bar.close(); // no bar: the last value carries on
      closes.add(new ValuePoint(point.date(), value));
    }
    Trade purchase =
        new Trade(
            firstDay.atTime(9, 30).atZone(ExchangeCalendar.NEW_YORK).toInstant(),
            firstDay,
            symbol,
            true,
            shares,
            base,
            0,
            "buy and hold");
    return new Backtest(
        symbol,
        "buy and hold " + symbol + " from the last close before " + firstDay + ", no commission",
        options.from(),
        options.cash(),
        closes,
        List.of(purchase));
  }
}
