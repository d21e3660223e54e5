package dev.ibtrading.replay.report;

import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: no script, no font, no request of any kind; the
 * charts are inline SVG ({@link SvgChart}). Styled for the screen and for print (A4 landscape,
 * colours kept, tables unbroken where they fit).
 */
public final class ReportHtml {
  /** Line colours of the settings sets, in order; the benchmark's is {@link #BENCHMARK_COLOUR}. */
  public static final List<String> SET_COLOURS =
      List.of("#0969da", "#8250df", "#1a7f37", "#bf3989", "#6e7781");

  public static final String BENCHMARK_COLOUR = "#e16f24";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final String STYLE =
      """
      body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1f2328}
      h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px}
      table{border-collapse:collapse;margin:4px 0 12px}
      th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:right}
      th:first-child,td.l{text-align:left}
      .about td,.about th{text-align:left;border:none;padding:1px 12px 1px 0}
      .legend span{display:inline-block;margin-right:18px}
      .legend i{display:inline-block;width:22px;height:4px;margin-right:6px;vertical-align:middle}
      svg text.axis{font:11px system-ui,sans-serif;fill:#57606a}
      .chart{break-inside:avoid}
      td.na{color:#8c959f}
      @media print{
        @page{size:A4 landscape;margin:12mm}
        body{margin:0;font-size:11px}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        svg{width:100%;height:auto}
        tr,.chart{break-inside:avoid}
        thead{display:table-header-group}
      }
      """;

  private ReportHtml() {}

  public static String html(Report report) {
    List<Backtest> columns = report.columns();
    List<Metrics> metrics = columns.stream().map(report::metrics).toList();
    StringBuilder html = new StringBuilder();
    String title = "Replay " + report.from() + " to " + report.to();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
    about(html, report);
    charts(html, report, metrics);
    html.append("<h2>Figures</h2>\n");
    html.append(MetricsTable.html(columns, metrics));
    for (int i = 0; i < columns.size(); i++) {
      html.append("<h2>Monthly returns: ").append(escape(columns.get(i).name())).append("</h2>\n");
      monthly(html, MonthlyReturns.of(columns.get(i).curve()));
    }
    for (Backtest set : report.sets()) {
      html.append("<h2>Trades: ").append(escape(set.name())).append("</h2>\n");
      trades(html, set);
    }
    return html.append("</body></html>\n").toString();
  }

  private static void about(StringBuilder html, Report report) {
    html.append("<table class=\"about\">\n");
    for (Map.Entry<String, String> entry : report.about().entrySet()) {
      row(html, entry.getKey(), entry.getValue());
    }
    for (int i = 0; i < report.sets().size(); i++) {
      Backtest set = report.sets().get(i);
      row(html, "settings " + set.name(), set.description());
    }
    row(html, "benchmark", report.benchmark().description());
    row(html, "commission", report.costs().commission());
    row(
        html,
        "slippage",
        String.format(
            Locale.ROOT, "%s bps on market orders", number(report.costs().slippageBps())));
    row(
        html,
        "risk-free rate",
        String.format(
            Locale.ROOT,
            "%s %% a year (Sharpe, Sortino); %d sessions a year",
            number(report.riskFreeRate() * 100),
            Metrics.PERIODS_PER_YEAR));
    html.append("</table>\n");
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>")
        .append(escape(label))
        .append("</th><td>")
        .append(escape(value))
        .append("</td></tr>\n");
  }

  private static void charts(StringBuilder html, Report report, List<Metrics> metrics) {
    List<SvgChart.Line> equity = new ArrayList<>();
    List<SvgChart.Line> underwater = new ArrayList<>();
    html.append("<p class=\"legend\">");
    List<Backtest> columns = report.columns();
    for (int i = 0; i < columns.size(); i++) {
      boolean benchmark = i == columns.size() - 1;
      String colour = benchmark ? BENCHMARK_COLOUR : SET_COLOURS.get(i % SET_COLOURS.size());
      html.append("<span><i style=\"background:")
          .append(colour)
          .append("\"></i>")
          .append(escape(columns.get(i).name()))
          .append(benchmark ? " (benchmark)" : "")
          .append("</span>");
      equity.add(new SvgChart.Line(columns.get(i).curve(), colour, false, false));
      underwater.add(
          new SvgChart.Line(
              metrics.get(i).drawdowns().underwater(), colour, !benchmark, benchmark));
    }
    html.append("</p>\n<div class=\"chart\"><h2>Equity (USD)</h2>\n")
        .append(
            new SvgChart(1000, 360, "equity against the benchmark", v -> thousands(v))
                .svg(equity, false))
        .append("</div>\n<div class=\"chart\"><h2>Drawdown</h2>\n")
        .append(
            new SvgChart(1000, 200, "drawdown from the running peak", v -> percent(v, 0))
                .svg(underwater, true))
        .append("</div>\n");
  }

  private static void monthly(StringBuilder html, MonthlyReturns returns) {
    html.append("<table class=\"monthly\"><thead><tr><th>year</th>");
    for (Month month : Month.values()) {
      html.append("<th>").append(month.getDisplayName(TextStyle.SHORT, Locale.US)).append("</th>");
    }
    html.append("<th>year</th></tr></thead><tbody>\n");
    for (Map.Entry<Integer, Double> year : returns.years().entrySet()) {
      html.append("<tr><th>").append(year.getKey()).append("</th>");
      for (Month month : Month.values()) {
        cell(html, returns.months().get(YearMonth.of(year.getKey(), month)));
      }
      cell(html, year.getValue());
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** A return, green when up and red when down, the deeper the larger (full at 10 %). */
  private static void cell(StringBuilder html, Double value) {
    if (value == null) {
      html.append("<td></td>");
      return;
    }
    double strength = 0.08 + 0.6 * Math.min(1, Math.abs(value) / 0.10);
    String rgb = value >= 0 ? "26,127,55" : "207,34,46";
    html.append(
        String.format(
            Locale.ROOT,
            "<td style=\"background:rgba(%s,%.2f)\">%s</td>",
            rgb,
            strength,
            percent(value, 1)));
  }

  private static void trades(StringBuilder html, Backtest set) {
    if (set.trades().isEmpty()) {
      html.append("<p>No trades.</p>\n");
      return;
    }
    html.append(
        "<table class=\"trades\"><thead><tr><th>time (New York)</th><th>symbol</th>"
            + "<th>side</th><th>quantity</th><th>price</th><th>commission</th>"
            + "<th>run</th></tr></thead><tbody>\n");
    for (Trade t : set.trades()) {
      html.append(
          String.format(
              Locale.ROOT,
              "<tr><td class=\"l\">%s</td><td class=\"l\">%s</td><td class=\"l\">%s</td>"
                  + "<td>%s</td><td>%.2f</td><td>%.2f</td><td class=\"l\">%s</td></tr>\n",
              t.time().atZone(NEW_YORK).toLocalDateTime().toString().replace('T', ' '),
              escape(t.symbol()),
              t.buy() ? "BUY" : "SELL",
              number(t.quantity()),
              t.price(),
              t.commission(),
              escape(t.runKey() == null ? "" : t.runKey())));
    }
    html.append("</tbody></table>\n");
  }

  static String percent(double fraction, int decimals) {
    return Double.isNaN(fraction)
        ? "n/a"
        : String.format(Locale.ROOT, "%." + decimals + "f %%", fraction * 100);
  }

  static String thousands(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A number without trailing zeros: 1, 0.5, 12.25. */
  static String number(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
