package dev.ibtrading.replay;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.replay.report.Backtest;
import dev.ibtrading.replay.report.Metrics;
import dev.ibtrading.replay.report.Report;
import dev.ibtrading.replay.report.ReportHtml;
import dev.ibtrading.replay.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replay's files, and the summary printed to standard output. Each settings set's {@value
 * #OUTCOMES}, {@value #EXECUTIONS} and {@value #SUMMARY} go to its output directory (the output
 * directory itself for one set, a subdirectory named after the set when several are compared);
 * {@value #REPORT} and a {@value #SUMMARY} with the report's figures go to the output directory.
 * {@value #OUTCOMES} is written during the replay; the others after it.
 */
final class ReplayFiles {
  static final String OUTCOMES = "outcomes.jsonl";
  static final String EXECUTIONS = "executions.jsonl";
  static final String SUMMARY = "summary.json";
  static final String REPORT = "report.html";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReplayFiles() {}

  /** Writes every set's files, then the report; {@code out} is the command's output directory. */
  static void write(Path out, List<ReplayResult> results, Report report) throws IOException {
    for (int i = 0; i < results.size(); i++) {
      ReplayResult result = results.get(i);
      Metrics metrics = report.metrics(report.sets().get(i));
      writeExecutions(result);
      if (results.size() > 1) {
        json(result.options().out().resolve(SUMMARY), summary(result, metrics));
      }
    }
    ObjectNode root;
    if (results.size() == 1) {
      root = summary(results.get(0), report.metrics(report.sets().get(0)));
    } else {
      root = JSON.createObjectNode();
      root.put("from", report.from().toString());
      root.put("to", report.to().toString());
      ArrayNode sets = root.putArray("sets");
      for (ReplayResult result : results) {
        ObjectNode set = sets.addObject();
        set.put("name", result.options().set().name());
        set.put("dir", result.options().out().toString());
      }
    }
    root.set("report", ReportJson.of(report));
    json(out.resolve(SUMMARY), root);
    Files.writeString(out.resolve(REPORT), ReportHtml.html(report), StandardCharsets.UTF_8);
  }

  /** One set's summary, as its {@value #SUMMARY} holds it. */
  static ObjectNode summary(ReplayResult result, Metrics metrics) {
    ReplayOptions o = result.options();
    ObjectNode root = JSON.createObjectNode();
    root.put("from", o.from().toString());
    root.put("to", o.to().toString());
    root.put("jobsFile", o.jobs().toString());
    root.put("scenario", o.scenario());
    root.put("barsFile", o.bars().toString());
    root.put("settings", o.set().name());
    ObjectNode settings = root.putObject("settingsProperties");
    o.set().properties().forEach(settings::put);
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
    root.put("totalReturn", metrics.totalReturn());
    root.put("maxDrawdown", metrics.drawdowns().maxDrawdown());
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

  /** A few lines for a person per set, then the benchmark, ending with where the files are. */
  static String text(Path out, List<ReplayResult> results, Report report) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < results.size(); i++) {
      ReplayResult result = results.get(i);
      ReplayOptions o = result.options();
      Metrics metrics = report.metrics(report.sets().get(i));
      text.append(
          String.format(
              Locale.ROOT,
              "replay %s..%s%s: %d trading days, %d runs %s%n",
              o.from(),
              o.to(),
              results.size() > 1 ? " (" + o.set().name() + ")" : "",
              result.tradingDays().size(),
              result.outcomes().size(),
              byStatus(result)));
      figures(text, metrics);
      text.append(String.format(Locale.ROOT, "final equity      %.2f USD%n", result.finalEquity()));
      text.append(String.format(Locale.ROOT, "trades            %d%n", result.executions().size()));
      text.append(String.format(Locale.ROOT, "commissions       %.2f USD%n", result.commissions()));
      if (!result.unanswered().isEmpty()) {
        text.append("unanswered        ").append(result.unanswered().size()).append(" jobs\n");
      }
      if (results.size() > 1) {
        text.append(String.format("%-17s %s%n", "files", o.out()));
      }
    }
    Backtest benchmark = report.benchmark();
    text.append("benchmark ").append(benchmark.name()).append('\n');
    figures(text, report.metrics(benchmark));
    if (results.size() == 1) {
      for (String file : new String[] {OUTCOMES, EXECUTIONS}) {
        text.append(String.format("%-17s %s%n", file, out.resolve(file)));
      }
    }
    for (String file : new String[] {SUMMARY, REPORT}) {
      text.append(String.format("%-17s %s%n", file, out.resolve(file)));
    }
    return text.toString();
  }

  private static void figures(StringBuilder text, Metrics metrics) {
    text.append(
        String.format(
            Locale.ROOT,
            "total return      %+.2f %%%nmax drawdown      %.2f %%%nSharpe ratio      %.2f%n",
            metrics.totalReturn() * 100,
            metrics.drawdowns().maxDrawdown() * 100,
            metrics.sharpe()));
  }

  private static void writeExecutions(ReplayResult result) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Fill fill : result.executions()) {
      lines.append(JSON.writeValueAsString(execution(fill))).append('\n');
    }
    Files.writeString(result.options().out().resolve(EXECUTIONS), lines, StandardCharsets.UTF_8);
  }

  private static void json(Path file, ObjectNode node) throws IOException {
    Files.writeString(
        file,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n",
        StandardCharsets.UTF_8);
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
