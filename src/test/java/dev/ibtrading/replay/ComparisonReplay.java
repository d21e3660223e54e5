package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real replay for the report's tests, run once per test JVM: spymacdvixy's {@code level}
 * against {@code crossover} with shorting (the repository's {@code replay/*.properties}) over
 * November 2024 to March 2025 of the scenario bars, one allocation after each close, SPY as the
 * benchmark, a 4 % risk-free rate, IB's tiered commissions and 2 bps of slippage.
 */
final class ComparisonReplay {
  static final String FROM = "2024-11-01";
  static final String TO = "2025-03-31";
  static final double RISK_FREE_RATE = 0.04;
  static final List<String> SETS = List.of("level", "crossover");

  private static ComparisonReplay done;

  final Path out;
  final ReplayUsageTests.Run run;

  private ComparisonReplay(Path out, ReplayUsageTests.Run run) {
    this.out = out;
    this.run = run;
  }

  static synchronized ComparisonReplay get() {
    if (done == null) {
      try {
        // Under target/, beside the page test's screenshot, so that the report can be opened.
        Path out = ReplayReportPageTests.OUTPUT.resolve("comparison");
        if (Files.exists(out)) {
          try (Stream<Path> files = Files.walk(out)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
          }
        }
        ReplayUsageTests.Run run =
            ReplayUsageTests.run(
                List.of(
                    "--from",
                    FROM,
                    "--to",
                    TO,
                    "--bars",
                    ReplayUsageTests.BARS,
                    "--jobs",
                    ReplayCommandTests.JOBS,
                    "--settings",
                    "replay/level.properties",
                    "--settings",
                    "replay/crossover.properties",
                    "--risk-free-rate",
                    Double.toString(RISK_FREE_RATE),
                    "--commission",
                    "ib-tiered",
                    "--slippage-bps",
                    "2",
                    "--out",
                    out.toString()));
        assertThat(run.code()).as("exit code; standard error: %s", run.err()).isZero();
        done = new ComparisonReplay(out, run);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return done;
  }

  /** What the set {@code name} wrote to its subdirectory, read back as plain JSON. */
  ReplayOutput set(String name) {
    return ReplayOutput.read(out.resolve(name));
  }

  /** The comparison's own {@code summary.json}. */
  JsonNode summary() {
    try {
      return JsonMapper.builder().build().readTree(Files.readString(out.resolve("summary.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String report() {
    try {
      return Files.readString(out.resolve("report.html"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
