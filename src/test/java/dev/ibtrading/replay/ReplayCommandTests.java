package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.testsupport.OutcomeSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Three weeks around Thanksgiving 2024 replayed through the command's entry point with the three
 * jobs of scenario d (allocation at the open, risk check at midday, reconciliation before the
 * close) over the scenario bars; what it wrote is checked against the calendar, the outcome schema,
 * the bars and itself.
 */
class ReplayCommandTests {
  static final String JOBS = "src/test/resources/replay/jobs.yaml";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate FROM = LocalDate.of(2024, 11, 18);
  private static final LocalDate TO = LocalDate.of(2024, 12, 6);

  /** The only weekday of the range without an NYSE session. */
  private static final LocalDate THANKSGIVING = LocalDate.of(2024, 11, 28);

  /**
   * The risk check's message id on the Friday after Thanksgiving, an early close at 13:00: the day,
   * then the job's place in it (second).
   */
  private static final String EARLY_CLOSE_MIDDAY = "2024112902";

  private static final List<String> JOBS_OF_A_DAY =
      List.of("09:30 allocation", "13:00 risk-check", "15:55 eod-check");

  @TempDir static Path dir;
  private static ReplayUsageTests.Run run;
  private static ReplayOutput output;

  @BeforeAll
  static void replay() {
    Path out = dir.resolve("out");
    run =
        ReplayUsageTests.run(
            List.of(
                "--from",
                FROM.toString(),
                "--to",
                TO.toString(),
                "--bars",
                ReplayUsageTests.BARS,
                "--jobs",
                JOBS,
                "--scenario",
                "d",
                "--out",
                out.toString()));
    assertThat(run.code()).as("exit code; standard error: %s", run.err()).isZero();
    output = ReplayOutput.read(out);
  }

  @Test
  void theSummaryGoesToStandardOutput() {
    assertThat(run.out())
        .startsWith("replay 2024-11-18..2024-12-06: 14 trading days, 42 runs")
        .contains(
            "total return",
            "max drawdown",
            "trades",
            "commissions",
            "benchmark SPY",
            "report.html");
  }

  @Test
  void eachTradingDayHasOneOutcomePerJobAtItsTimeAndTheHolidayNone() {
    List<String> expected = new ArrayList<>();
    for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !day.equals(THANKSGIVING)) {
        for (String job : JOBS_OF_A_DAY) {
          expected.add(day + " " + job);
        }
      }
    }

    List<String> actual =
        output.outcomes().stream()
            .map(
                o -> {
                  ZonedDateTime at = Instant.parse(o.path("startedAt").asString()).atZone(NEW_YORK);
                  return at.toLocalDate()
                      + " "
                      + at.toLocalTime()
                      + " "
                      + o.path("intent").asString();
                })
            .toList();

    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(output.outcomes().stream().map(o -> o.path("runId").asString()).distinct())
        .hasSize(expected.size());
    assertThat(output.summary().path("closedWeekdays").values())
        .extracting(JsonNode::asString)
        .containsExactly(THANKSGIVING.toString());
    assertThat(output.summary().path("tradingDays").intValue()).isEqualTo(14);
  }

  @Test
  void everyOutcomeConformsToTheOutcomeSchemaAndOnlyTheEarlyCloseSkipsTheRiskCheck() {
    for (JsonNode outcome : output.outcomes()) {
      String runId = outcome.path("runId").asString();
      assertThat(OutcomeSchema.violations(outcome)).as("schema violations of %s", runId).isEmpty();
      assertThat(outcome.path("tradingMode").asString()).isEqualTo("paper");
      assertThat(outcome.path("trigger").path("source").asString()).isEqualTo("push");
      if (runId.equals("risk-check:" + EARLY_CLOSE_MIDDAY)) {
        // The session ends at 13:00 that day: the handler's calendar, not the replay, skips it.
        assertThat(outcome.path("status").asString()).isEqualTo("skipped");
        assertThat(outcome.path("warnings").path(0).path("code").asString())
            .isEqualTo("market-closed");
      } else {
        assertThat(outcome.path("status").asString())
            .as("status of %s: %s", runId, outcome.path("errors"))
            .isEqualTo("ok");
      }
    }
  }

  @Test
  void theReturnAndDrawdownAreThoseOfTheEquityCurve() {
    List<ReplayOutput.Point> equity = output.equity();
    double start = output.summary().path("startingCash").doubleValue();
    assertThat(equity)
        .extracting(ReplayOutput.Point::date)
        .hasSize(14)
        .doesNotContain(THANKSGIVING);
    assertThat(equity.stream().map(p -> p.value().stripTrailingZeros()).distinct().count())
        .as("fixture: the account's value moves")
        .isGreaterThan(3);

    double peak = start;
    double drawdown = 0;
    for (ReplayOutput.Point point : equity) {
      double value = point.value().doubleValue();
      peak = Math.max(peak, value);
      drawdown = Math.max(drawdown, (peak - value) / peak);
    }
    double last = equity.get(equity.size() - 1).value().doubleValue();

    assertThat(output.summary().path("totalReturn").doubleValue())
        .isCloseTo(last / start - 1, within(1e-12));
    assertThat(output.summary().path("maxDrawdown").doubleValue())
        .isCloseTo(drawdown, within(1e-12));
    assertThat(output.summary().path("finalEquity").decimalValue())
        .isEqualByComparingTo(equity.get(equity.size() - 1).value());
  }

  @Test
  void tradesAndCommissionsAreTheExecutionsAndTheRunsReportTheirFills() {
    List<JsonNode> executions = output.executions();
    assertThat(executions).as("fixture: the strategy trades").isNotEmpty();
    BigDecimal commissions =
        executions.stream()
            .map(e -> e.path("commission").decimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(output.summary().path("trades").intValue()).isEqualTo(executions.size());
    assertThat(output.summary().path("commissions").decimalValue())
        .isEqualByComparingTo(commissions);

    // Orders placed at the open fill at once: each run's outcome reports its executions' shares.
    Map<String, BigDecimal> executedByRun = new HashMap<>();
    for (JsonNode e : executions) {
      executedByRun.merge(
          e.path("orderRef").asString(), e.path("shares").decimalValue(), BigDecimal::add);
    }
    Map<String, BigDecimal> filledByRun = new HashMap<>();
    for (JsonNode outcome : output.outcomes()) {
      for (JsonNode order : outcome.path("result").path("orders")) {
        filledByRun.merge(
            outcome.path("runId").asString(), order.path("filled").decimalValue(), BigDecimal::add);
      }
    }
    filledByRun.values().removeIf(filled -> filled.signum() == 0);
    assertThat(filledByRun).hasSameSizeAs(executedByRun);
    executedByRun.forEach(
        (runId, shares) ->
            assertThat(filledByRun.get(runId)).as(runId).isEqualByComparingTo(shares));
  }

  @Test
  void theExecutionsAndTheLastClosesMakeTheFinalEquity() throws IOException {
    BigDecimal cash = output.summary().path("startingCash").decimalValue();
    Map<String, BigDecimal> held = new HashMap<>();
    for (JsonNode e : output.executions()) {
      BigDecimal shares = e.path("shares").decimalValue();
      BigDecimal signed = e.path("side").asString().equals("BUY") ? shares : shares.negate();
      cash =
          cash.subtract(signed.multiply(e.path("price").decimalValue()))
              .subtract(e.path("commission").decimalValue());
      held.merge(e.path("symbol").asString(), signed, BigDecimal::add);
    }
    BigDecimal value = cash;
    for (Map.Entry<String, BigDecimal> position : held.entrySet()) {
      value = value.add(position.getValue().multiply(closeOn(position.getKey(), TO)));
    }

    assertThat(output.summary().path("finalEquity").doubleValue())
        .isCloseTo(value.doubleValue(), within(0.01));
  }

  @Test
  void theEquityChartDrawsTheStartAndOnePointPerClose() {
    Matcher polyline =
        Pattern.compile("<polyline[^>]* points=\"([^\"]*)\"").matcher(output.report());
    assertThat(polyline.find()).as("a polyline in %s", output.report()).isTrue();
    assertThat(polyline.group(1).strip().split(" ")).hasSize(output.equity().size() + 1);
    assertThat(output.report())
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script", "src=", "href=", "@import", "url(");
  }

  /** The close of {@code symbol} on {@code date} in the bars file, read here independently. */
  private static BigDecimal closeOn(String symbol, LocalDate date) throws IOException {
    for (String line : Files.readAllLines(Path.of(ReplayUsageTests.BARS))) {
      String[] f = line.split(",");
      if (f[0].equals(symbol) && f[1].equals(date.toString())) {
        return new BigDecimal(f[5]);
      }
    }
    throw new IllegalStateException("no " + symbol + " bar on " + date);
  }
}
