package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.ibtrading.paper.StoqeyConformanceReport.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The paper gateway against an independent client: {@code @stoqey/ib} 1.6.10 (a port of IB's own
 * client, whose decoder reports any field-count mismatch) driven through the whole trading flow of
 * tws-protocol.md §0. One dynamic test per step, so a failure names the request that broke.
 *
 * <p>{@code -Dconformance.steps=currentTime,reqIds} (or {@code CONFORMANCE_STEPS}) runs a subset;
 * the default is the full flow.
 */
class StoqeyConformanceTests {
  /** A Friday, 10:00 in New York: the market is open. */
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");

  private static final int CLIENT_ID = 9;

  /** Every step's own timeout, once, plus room for node's start. */
  private static final Duration OVERALL_TIMEOUT = Duration.ofMinutes(3);

  @TestFactory
  Stream<DynamicTest> stoqeyCompletesEveryStepAgainstThePaperGateway() throws Exception {
    try {
      NodeProject.ready();
    } catch (TestAbortedException noNode) {
      // An aborted factory vanishes from the reports; a skipped test shows why it did not run.
      return Stream.of(
          dynamicTest("stoqey conformance", () -> Assumptions.abort(noNode.getMessage())));
    }
    Set<String> steps = StoqeyConformanceRun.stepsFromEnvironment();
    StoqeyConformanceReport report;
    try (PaperGateway gateway =
        new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start()) {
      report =
          StoqeyConformanceRun.run(
              "127.0.0.1",
              gateway.port(),
              CLIENT_ID,
              OVERALL_TIMEOUT,
              steps,
              List.of("--expect-time", Long.toString(NOW.getEpochSecond())));
    }
    Stream<DynamicTest> run =
        Stream.of(
            dynamicTest(
                "node ran every requested step and passed",
                () -> {
                  assertThat(report.plan()).as("steps planned").containsAll(steps);
                  assertThat(report.allPassed()).as(report.describeProblems()).isTrue();
                }));
    Stream<DynamicTest> perStep = report.steps().stream().map(StoqeyConformanceTests::stepTest);
    Stream<DynamicTest> missing =
        report.missingSteps().stream()
            .map(
                name ->
                    dynamicTest(
                        name,
                        () -> {
                          throw new AssertionError(
                              "no result line for step " + name + ": " + report.describeProblems());
                        }));
    return Stream.of(run, perStep, missing).flatMap(s -> s);
  }

  private static DynamicTest stepTest(StepResult result) {
    return dynamicTest(
        result.step(),
        () -> assertThat(result.ok()).as("step %s: %s", result.step(), result.detail()).isTrue());
  }
}
