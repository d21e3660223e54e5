package dev.ibtrading.replay.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The report's table of figures: one row per metric, one column per set and the benchmark. */
final class MetricsTable {
  private record Row(String label, Function<Metrics, String> value) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("total return", m -> ReportHtml.percent(m.totalReturn(), 2)),
          new Row("CAGR", m -> ReportHtml.percent(m.cagr(), 2)),
          new Row("volatility (annualised)", m -> ReportHtml.percent(m.volatility(), 2)),
          new Row("Sharpe ratio", m -> ratio(m.sharpe())),
          new Row("Sortino ratio", m -> ratio(m.sortino())),
          new Row("max drawdown", m -> ReportHtml.percent(m.drawdowns().maxDrawdown(), 2)),
          new Row("longest drawdown", MetricsTable::longest),
          new Row("exposure (sessions invested)", m -> ReportHtml.percent(m.exposure(), 1)),
          new Row("turnover (annualised)", m -> ReportHtml.percent(m.turnover(), 0)),
          new Row("win rate (round trips)", MetricsTable::winRate),
          new Row("trades (executions)", m -> Integer.toString(m.trades())),
          new Row("commissions (USD)", m -> String.format(Locale.ROOT, "%,.2f", m.commissions())));

  private MetricsTable() {}

  static String html(List<Backtest> columns, List<Metrics> metrics) {
    StringBuilder html = new StringBuilder("<table class=\"metrics\"><thead><tr><th></th>");
    for (int i = 0; i < columns.size(); i++) {
      html.append("<th>")
          .append(ReportHtml.escape(columns.get(i).name()))
          .append(i == columns.size() - 1 ? " (benchmark)" : "")
          .append("</th>");
    }
    html.append("</tr></thead><tbody>\n");
    for (Row row : ROWS) {
      html.append("<tr><th>").append(row.label()).append("</th>");
      for (Metrics m : metrics) {
        String value = row.value().apply(m);
        html.append(value.equals("n/a") ? "<td class=\"na\">" : "<td>")
            .append(ReportHtml.escape(value))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody></table>\n").toString();
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String longest(Metrics m) {
    Drawdowns d = m.drawdowns();
    if (d.longestDays() == 0) {
      return "none";
    }
    return d.longestDays()
        + " days ("
        + d.longestPeak()
        + " to "
        + d.longestEnd()
        + (d.longestRecovered() ? ")" : ", not regained)");
  }

  private static String winRate(Metrics m) {
    if (m.roundTrips() == 0) {
      return "n/a";
    }
    return ReportHtml.percent(m.winRate(), 1) + " of " + m.roundTrips();
  }
}
