package dev.ibtrading.replay.report;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report's figures as JSON, for {@code summary.json}: the same numbers as the page, fractions
 * (0.05 is 5 %), amounts in USD, a figure without enough data to be defined {@code null}.
 */
public final class ReportJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReportJson() {}

  public static ObjectNode of(Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("periodsPerYear", Metrics.PERIODS_PER_YEAR);
    root.put("riskFreeRate", report.riskFreeRate());
    ObjectNode costs = root.putObject("costs");
    costs.put("commission", report.costs().commission());
    costs.put("slippageBps", report.costs().slippageBps());
    ArrayNode sets = root.putArray("sets");
    for (Backtest set : report.sets()) {
      ObjectNode node = backtest(sets.addObject(), set, report);
      ArrayNode trades = node.putArray("trades");
      for (Trade t : set.trades()) {
        ObjectNode trade = trades.addObject();
        trade.put("time", t.time().toString());
        trade.put("date", t.date().toString());
        trade.put("symbol", t.symbol());
        trade.put("side", t.buy() ? "BUY" : "SELL");
        trade.put("quantity", t.quantity());
        trade.put("price", t.price());
        trade.put("commission", t.commission());
        trade.put("runKey", t.runKey());
      }
    }
    backtest(root.putObject("benchmark"), report.benchmark(), report);
    return root;
  }

  private static ObjectNode backtest(ObjectNode node, Backtest backtest, Report report) {
    node.put("name", backtest.name());
    node.put("description", backtest.description());
    metrics(node.putObject("metrics"), report.metrics(backtest));
    MonthlyReturns returns = MonthlyReturns.of(backtest.curve());
    ObjectNode months = node.putObject("monthlyReturns");
    returns.months().forEach((month, r) -> months.put(month.toString(), r));
    ObjectNode years = node.putObject("yearlyReturns");
    returns.years().forEach((year, r) -> years.put(year.toString(), r));
    return node;
  }

  private static void metrics(ObjectNode node, Metrics m) {
    Drawdowns d = m.drawdowns();
    for (Map.Entry<String, Double> figure :
        Map.of(
                "totalReturn", m.totalReturn(),
                "cagr", m.cagr(),
                "volatility", m.volatility(),
                "sharpe", m.sharpe(),
                "sortino", m.sortino(),
                "maxDrawdown", d.maxDrawdown(),
                "exposure", m.exposure(),
                "turnover", m.turnover(),
                "winRate", m.winRate(),
                "commissions", m.commissions())
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      if (Double.isNaN(figure.getValue())) {
        node.putNull(figure.getKey());
      } else {
        node.put(figure.getKey(), figure.getValue());
      }
    }
    node.put("longestDrawdownDays", d.longestDays());
    node.put("longestDrawdownPeak", d.longestPeak() == null ? null : d.longestPeak().toString());
    node.put("longestDrawdownEnd", d.longestEnd() == null ? null : d.longestEnd().toString());
    node.put("longestDrawdownRecovered", d.longestRecovered());
    node.put("roundTrips", m.roundTrips());
    node.put("trades", m.trades());
    node.put("sessions", m.sessions());
  }
}
