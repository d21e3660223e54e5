package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A replay keeps the worker's configured extra closed days ({@code calendar.extra-closed-days},
 * here as a system property, which the replay's worker context reads like any setting): the
 * national day of mourning of 2025-01-09 is replayed as a closed weekday, without jobs.
 */
class ReplayExtraClosedDayTests {
  private static final String DATE = "calendar.extra-closed-days[0].date";
  private static final String REASON = "calendar.extra-closed-days[0].reason";

  @TempDir Path dir;

  @Test
  void theExtraClosedDayIsSkipped() {
    Path out = dir.resolve("out");
    System.setProperty(DATE, "2025-01-09");
    System.setProperty(REASON, "National Day of Mourning");
    ReplayUsageTests.Run run;
    try {
      run =
          ReplayUsageTests.run(
              List.of(
                  "--from",
                  "2025-01-08",
                  "--to",
                  "2025-01-10",
                  "--bars",
                  ReplayUsageTests.BARS,
                  "--jobs",
                  ReplayCommandTests.JOBS,
                  "--scenario",
                  "d",
                  "--out",
                  out.toString()));
    } finally {
      System.clearProperty(DATE);
      System.clearProperty(REASON);
    }
    assertThat(run.code()).as("exit code; standard error: %s", run.err()).isZero();

    ReplayOutput output = ReplayOutput.read(out);
    assertThat(output.summary().path("closedWeekdays").valueStream().map(JsonNode::asString))
        .containsExactly("2025-01-09");
    assertThat(run.out()).startsWith("replay 2025-01-08..2025-01-10: 2 trading days, 6 runs");
    assertThat(output.outcomes())
        .extracting(o -> o.path("runId").asString())
        .noneMatch(id -> id.contains("20250109"));
  }
}
