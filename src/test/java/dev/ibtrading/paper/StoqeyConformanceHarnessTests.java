package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.StoqeyConformanceReport.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conformance harness itself: it must turn a layout stoqey cannot decode into a failed step,
 * even when stoqey still manages to emit an event, and must report the rest of the run normally.
 */
class StoqeyConformanceHarnessTests {
  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final List<String> QUICK = List.of("--step-timeout-ms", "2000");

  @ParameterizedTest(name = "CURRENT_TIME {0} fails the step with \"{1}\"")
  @CsvSource({
    "'49,1,1735916400,surplus', unprocessed data",
    "'49,1', Underrun",
  })
  void aWrongFieldCountFailsTheStepAndTheSession(String fields, String stoqeyWords)
      throws Exception {
    StoqeyConformanceReport report;
    try (MisbehavingGateway gateway = new MisbehavingGateway(List.of(fields.split(",")))) {
      report =
          StoqeyConformanceRun.run(
              "127.0.0.1", gateway.port(), 9, TIMEOUT, Set.of("currentTime"), QUICK);
    }

    assertThat(report.complete()).as(report.describeProblems()).isTrue();
    assertThat(report.plan())
        .containsExactly("connect", "currentTime", "disconnect", "sessionClean");
    assertThat(report.step("connect")).map(StepResult::ok).contains(true);
    StepResult currentTime = report.step("currentTime").orElseThrow();
    assertThat(currentTime.ok()).isFalse();
    assertThat(currentTime.detail()).contains(stoqeyWords);
    assertThat(report.step("sessionClean").orElseThrow().detail()).contains(stoqeyWords);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void aStepTheGatewayNeverAnswersFailsByItsTimeoutNamingWhatItAwaited() throws Exception {
    StoqeyConformanceReport report;
    try (MisbehavingGateway gateway = new MisbehavingGateway(List.of("49", "1", "1735916400"))) {
      report =
          StoqeyConformanceRun.run(
              "127.0.0.1", gateway.port(), 9, TIMEOUT, Set.of("currentTime", "positions"), QUICK);
    }

    assertThat(report.step("currentTime")).map(StepResult::ok).contains(true);
    StepResult positions = report.step("positions").orElseThrow();
    assertThat(positions.ok()).isFalse();
    assertThat(positions.detail()).contains("timed out after 2000 ms", "positionEnd", "61|1");
    assertThat(report.step("sessionClean")).map(StepResult::ok).contains(true);
    assertThat(report.failedSteps()).extracting(StepResult::step).containsExactly("positions");
  }
}
