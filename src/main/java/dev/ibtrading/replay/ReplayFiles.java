package dev.ibtrading.replay;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replay's files in its output directory, and the summary printed to standard output. {@value
 * #OUTCOMES} is written during the replay; the others after it.
 */
final class ReplayFiles {
  static final String OUTCOMES = "outcomes.jsonl";
  static final String EXECUTIONS = "executions.jsonl";
  static final String SUMMARY = "summary.json";
  static final String CHART = "equity.html";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReplayFiles() {}

  static void write(ReplayResult result) throws IOException {
    Path out = result.options().out();
    StringBuilder lines = new StringBuilder();
    for (Fill fill : result.executions()) {
      lines.append(JSON.writeValueAsString(execution(fill))).append('\n');
    }
    Files.writeString(out.resolve(EXECUTIONS), lines, StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve(SUMMARY),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary(result)) + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(out.resolve(CHART), EquityChart.html(result), StandardCharsets.UTF_8);
  }

  /** The summary as {@value #SUMMARY} holds it. */
  static ObjectNode summary(ReplayResult result) {
    ReplayOptions o = result.options();
    ObjectNode root = JSON.createObjectNode();
    root.put("from", o.from().toString());
    root.put("to", o.to().toString());
    root.put("jobsFile", o.jobs().toString());
    root.put("scenario", o.scenario());
    root.put("barsFile", o.bars().toString());
    root.put("tradingDays", result.tradingDays().size());
    ArrayNode closed = root.putArray("closedWeekdays");
    result.closedWeekdays().forEach(d -> closed.add(d.toString()));
    root.put("runs", result.outcomes().size());
    ObjectNode statuses = root.putObject("outcomes");
    byStatus(result).forEach(statuses::put);
    ArrayNode unanswered = root.putArray("unanswered");
    result.unanswered().forEach(unanswered::add);
    root.put("startingCash", result.startingCash());
    root.put("finalEquity", result.finalEquity());
    root.put("totalReturn", result.performance().totalReturn());
    root.put("maxDrawdown", result.performance().maxDrawdown());
    root.put("trades", result.executions().size());
    root.put("commissions", result.commissions());
    root.put("startupSeconds", result.startup().toMillis() / 1000.0);
    root.put("elapsedSeconds", result.elapsed().toMillis() / 1000.0);
    ArrayNode equity = root.putArray("equity");
    for (EquityPoint point : result.equity()) {
      ObjectNode p = equity.addObject();
      p.put("date", point.date().toString());
      p.put("netLiquidation", point.netLiquidation());
    }
    return root;
  }

  /** A few lines for a person, ending with where the files are. */
  static String text(ReplayResult result) {
    ReplayOptions o = result.options();
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "replay %s..%s: %d trading days, %d runs %s%n",
            o.from(),
            o.to(),
            result.tradingDays().size(),
            result.outcomes().size(),
            byStatus(result)));
    text.append(
        String.format(
            Locale.ROOT,
            "total return      %+.2f %%%nmax drawdown      %.2f %%%n",
            result.performance().totalReturn() * 100,
            result.performance().maxDrawdown() * 100));
    text.append(String.format(Locale.ROOT, "final equity      %.2f USD%n", result.finalEquity()));
    text.append(String.format(Locale.ROOT, "trades            %d%n", result.executions().size()));
    text.append(String.format(Locale.ROOT, "commissions       %.2f USD%n", result.commissions()));
    if (!result.unanswered().isEmpty()) {
      text.append("unanswered        ").append(result.unanswered().size()).append(" jobs\n");
    }
    for (String file : new String[] {OUTCOMES, EXECUTIONS, SUMMARY, CHART}) {
      text.append(String.format("%-17s %s%n", file, o.out().resolve(file)));
    }
    return text.toString();
  }

  private static Map<String, Integer> byStatus(ReplayResult result) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Outcome outcome : result.outcomes()) {
      counts.merge(outcome.status().wireName(), 1, Integer::sum);
    }
    return counts;
  }

  private static ObjectNode execution(Fill fill) {
    ObjectNode node = JSON.createObjectNode();
    node.put("execId", fill.execId());
    node.put("orderId", fill.orderId());
    node.put("time", fill.time().toString());
    node.put("symbol", fill.contract().symbol());
    node.put("side", fill.side().name());
    node.put("shares", fill.shares());
    node.put("price", fill.price());
    node.put("commission", fill.commission());
    node.put("orderRef", fill.orderRef());
    return node;
  }
}
