package dev.ibtrading.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The startup benchmark's figures as Markdown: per application and variant, every run's time to
 * readiness, the median, the ratio to the baseline application in the same variant and to the same
 * application as a plain jar; the same for the CPU time used until readiness (steadier than the
 * wall time on a busy machine), and the median resident set at readiness.
 */
final class StartupReport {
  /** One start: time to readiness, and the CPU time used and resident set at that moment. */
  record Start(Duration ready, long cpuNanos, long rss) {}

  private record Key(String app, String variant) {}

  private final String app;
  private final String baseline;
  private final Map<Key, List<Start>> starts = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  StartupReport(String app, String baseline) {
    this.app = app;
    this.baseline = baseline;
  }

  void note(String line) {
    notes.add(line);
  }

  void add(String application, String variant, Start start) {
    starts.computeIfAbsent(new Key(application, variant), k -> new ArrayList<>()).add(start);
  }

  String render() {
    StringBuilder md = new StringBuilder();
    notes.forEach(line -> md.append(line).append('\n'));
    md.append('\n')
        .append("| application | variant | runs (s to ready) | median s | worker / baseline |")
        .append(" vs plain jar | CPU s to ready | CPU worker / baseline | CPU vs plain jar |")
        .append(" RSS at ready MiB |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (String application : List.of(app, baseline)) {
      starts.forEach(
          (key, list) -> {
            if (key.app().equals(application)) {
              md.append(row(key, list));
            }
          });
    }
    return md.toString();
  }

  private String row(Key key, List<Start> list) {
    List<String> runs = new ArrayList<>();
    list.forEach(s -> runs.add(seconds(s.ready())));
    double median = medianSeconds(list);
    double cpu = medianCpu(list);
    String vsBaseline = "";
    String cpuVsBaseline = "";
    List<Start> base = starts.get(new Key(baseline, key.variant()));
    if (key.app().equals(app) && base != null) {
      vsBaseline = String.format(Locale.ROOT, "%.1fx", median / medianSeconds(base));
      cpuVsBaseline = String.format(Locale.ROOT, "%.1fx", cpu / medianCpu(base));
    }
    List<Start> plain = starts.get(new Key(key.app(), StartupVariant.JAR.label()));
    String vsJar =
        plain == null ? "" : String.format(Locale.ROOT, "%.2f", median / medianSeconds(plain));
    String cpuVsJar =
        plain == null ? "" : String.format(Locale.ROOT, "%.2f", cpu / medianCpu(plain));
    double rss =
        LatencyStats.median(list.stream().mapToDouble(s -> s.rss() / (1024.0 * 1024.0)).toArray());
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | **%.2f** | %s | %s | %.2f | %s | %s | %.0f |%n",
        key.app(),
        key.variant(),
        String.join(" ", runs),
        median,
        vsBaseline,
        vsJar,
        cpu,
        cpuVsBaseline,
        cpuVsJar,
        rss);
  }

  private static double medianSeconds(List<Start> list) {
    return LatencyStats.median(
        list.stream().mapToDouble(s -> s.ready().toMillis() / 1e3).toArray());
  }

  private static double medianCpu(List<Start> list) {
    return LatencyStats.median(list.stream().mapToDouble(s -> s.cpuNanos() / 1e9).toArray());
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1e3);
  }
}
