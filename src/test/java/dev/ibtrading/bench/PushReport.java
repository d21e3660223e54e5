package dev.ibtrading.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * The push benchmark's figures as Markdown: latency per case and concurrency (median over rounds,
 * with the range), ratios to the baseline at the same concurrency, what the worker answered, and
 * the memory samples.
 */
final class PushReport {
  private record Key(String name, String load) {}

  private record MemoryRow(String when, long runKeys, MemoryProbe.Sample sample) {}

  private final String baselineName;
  private final Map<Key, List<LatencyStats>> rounds = new LinkedHashMap<>();
  private final Map<Key, List<Double>> cpuPerRequest = new LinkedHashMap<>();
  private final Map<Key, Map<String, Long>> answers = new LinkedHashMap<>();
  private final List<MemoryRow> memory = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  PushReport(String baselineName) {
    this.baselineName = baselineName;
  }

  void note(String line) {
    notes.add(line);
  }

  /**
   * @param load how the requests were sent: a concurrency, or a label such as {@code isolated};
   *     cases with the same load are compared with the baseline's
   * @param workerCpuNanos CPU time the worker used during the measured requests
   */
  void latency(String name, String load, LoadDriver.Result result, long workerCpuNanos) {
    Key key = new Key(name, load);
    rounds.computeIfAbsent(key, k -> new ArrayList<>()).add(result.stats());
    cpuPerRequest
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(workerCpuNanos / 1e6 / result.stats().count());
    Map<String, Long> tally = answers.computeIfAbsent(key, k -> new TreeMap<>());
    result.answers().forEach((answer, count) -> tally.merge(answer, count, Long::sum));
  }

  void memory(String when, long runKeys, MemoryProbe.Sample sample) {
    memory.add(new MemoryRow(when, runKeys, sample));
  }

  String render() {
    StringBuilder md = new StringBuilder();
    notes.forEach(line -> md.append(line).append('\n'));
    md.append('\n')
        .append("| case | load | p50 ms | p99 ms | req/s | p50 / baseline |")
        .append(" req/s / baseline | worker CPU ms/req | answers |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    rounds.forEach((key, stats) -> md.append(latencyRow(key, stats)));
    md.append('\n')
        .append("| when | run keys sent | RSS MiB | peak RSS MiB | heap used MiB |")
        .append(" heap committed MiB | metaspace MiB | live heap MiB | ledger entries |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (MemoryRow row : memory) {
      MemoryProbe.Sample s = row.sample();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %s | %s | %s | %s | %s | %s | %,d |%n",
              row.when(),
              row.runKeys(),
              mib(s.rss()),
              mib(s.peakRss()),
              mib(s.heapUsed()),
              mib(s.heapCommitted()),
              mib(s.metaspaceUsed()),
              mib(s.liveHeap()),
              s.ledgerEntries()));
    }
    return md.toString();
  }

  private String latencyRow(Key key, List<LatencyStats> stats) {
    List<LatencyStats> baseline = rounds.get(new Key(baselineName, key.load()));
    String p50Ratio = "";
    String rateRatio = "";
    if (baseline != null && !key.name().equals(baselineName)) {
      p50Ratio =
          ratio(median(stats, LatencyStats::p50Millis), median(baseline, LatencyStats::p50Millis));
      rateRatio =
          ratio(
              median(stats, LatencyStats::throughputPerSecond),
              median(baseline, LatencyStats::throughputPerSecond));
    }
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
        key.name(),
        key.load(),
        spread(stats, LatencyStats::p50Millis),
        spread(stats, LatencyStats::p99Millis),
        spread(stats, LatencyStats::throughputPerSecond),
        p50Ratio,
        rateRatio,
        number(
            LatencyStats.median(
                cpuPerRequest.get(key).stream().mapToDouble(Double::doubleValue).toArray())),
        describe(answers.get(key)));
  }

  /** {@code **median** (min-max)} over the rounds, or just the figure for one round. */
  static String spread(List<LatencyStats> stats, ToDoubleFunction<LatencyStats> figure) {
    double[] values = stats.stream().mapToDouble(figure).toArray();
    double median = LatencyStats.median(values);
    if (values.length == 1) {
      return "**" + number(median) + "**";
    }
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return "**" + number(median) + "** (" + number(min) + "-" + number(max) + ")";
  }

  private static double median(List<LatencyStats> stats, ToDoubleFunction<LatencyStats> figure) {
    return LatencyStats.median(stats.stream().mapToDouble(figure).toArray());
  }

  static String number(double value) {
    String format = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, format, value);
  }

  private static String ratio(double value, double baseline) {
    double ratio = value / baseline;
    String format = ratio >= 10 ? "%.0fx" : ratio >= 1 ? "%.1fx" : "%.3fx";
    return String.format(Locale.ROOT, format, ratio);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  private static String describe(Map<String, Long> tally) {
    List<String> parts = new ArrayList<>();
    tally.forEach(
        (answer, count) -> parts.add(String.format(Locale.ROOT, "%,d %s", count, answer)));
    return String.join(", ", parts);
  }
}
