package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.bars.BarsCommand;
import dev.ibtrading.bars.GatewayPacingClock;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bars} against a paper gateway that serves the scenario bars, enforces IB's pacing rules
 * and refuses the third request for pacing; then {@code replay} on the file it wrote. The waits are
 * counted on a clock the test moves (together with the gateway's), never slept.
 */
class ReplayOfDownloadedBarsTests {
  private static final LocalDate FROM = LocalDate.of(2024, 5, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);
  private static final Instant GATEWAY_NOW = Instant.parse("2025-04-02T22:00:00Z");

  /** A month a request: 12 per symbol, enough to meet IB's five-in-two-seconds rule. */
  private static final int DAYS_PER_REQUEST = 30;

  @TempDir static Path dir;
  private static PaperGateway gateway;
  private static GatewayPacingClock clock;
  private static int code;
  private static String out;
  private static String err;

  @BeforeAll
  static void download() throws IOException {
    PaperClock gatewayClock = PaperClock.fixedAt(GATEWAY_NOW);
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests().toBuilder()
                    .barsFile(Path.of(ReplayUsageTests.BARS))
                    .enforceHistoricalPacing(true)
                    .build(),
                gatewayClock)
            .start();
    gateway.faults().historicalPacingViolationAt(3);
    clock = new GatewayPacingClock(gatewayClock);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    code =
        BarsCommand.run(
            List.of(
                "--from",
                FROM.toString(),
                "--to",
                TO.toString(),
                "--symbols",
                "SPY,VIXY",
                "--out",
                dir.resolve("bars.csv").toString(),
                "--port",
                String.valueOf(gateway.port()),
                "--client-id",
                "41"),
            Map.of(),
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8),
            clock,
            Clock.fixed(GATEWAY_NOW, ZoneOffset.UTC),
            DAYS_PER_REQUEST);
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void theFileHoldsEveryBarOfThePeriodAsTheGatewayServedIt() throws IOException {
    assertThat(code).as("exit code; standard error:%n%s", err).isZero();
    Map<String, List<Double>> expected = rows(Path.of(ReplayUsageTests.BARS));
    expected.keySet().removeIf(key -> key.startsWith("AAPL "));

    Map<String, List<Double>> downloaded = rows(dir.resolve("bars.csv"));

    assertThat(Files.readAllLines(dir.resolve("bars.csv")).get(0))
        .isEqualTo("symbol,date,open,high,low,close,volume");
    assertThat(downloaded).hasSize(2 * 230).isEqualTo(expected);
    assertThat(out)
        .startsWith("bars 2024-05-01..2025-03-31: SPY 230 bars, VIXY 230 bars -> ")
        .contains("(25 requests, 1 pacing refusals");
  }

  @Test
  void thePacingRefusalWasWaitedOutAndRetriedAndNoOtherRuleWasBroken() {
    assertThat(code).as("exit code; standard error:%n%s", err).isZero();
    // 12 spans a symbol, 24 requests and the one retry; the enforcing gateway refused no other
    assertThat(err)
        .containsOnlyOnce(
            "IB error 162 (Historical Market Data Service error message:Historical"
                + " data request pacing violation); waiting 15.0 s, then attempt 2 of 7")
        .contains("bars: pacing: waiting", "requests for SPY STK SMART USD TRADES in the last 2 s")
        .contains("bars: SPY: 230 bars (2024-05-01..2025-03-31)");
    assertThat(clock.waits()).contains(Duration.ofSeconds(15));
    // the five-in-two-seconds rule: after every fifth request for one contract
    assertThat(clock.waits().stream().filter(w -> w.compareTo(Duration.ofSeconds(2)) <= 0))
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w).isPositive());
  }

  @Test
  void replayUsesTheDownloadedFileAsItUsesTheOriginal() {
    assertThat(code).as("exit code; standard error:%n%s", err).isZero();
    ReplayOutput downloaded = replay(dir.resolve("bars.csv"), "downloaded");
    ReplayOutput original = replay(Path.of(ReplayUsageTests.BARS), "original");

    assertThat(downloaded.executions()).as("fixture: the strategy trades").isNotEmpty();
    assertThat(downloaded.equity()).hasSize(14).isEqualTo(original.equity());
    assertThat(downloaded.summary().path("trades").intValue())
        .isEqualTo(original.summary().path("trades").intValue());
    assertThat(downloaded.summary().path("totalReturn").doubleValue())
        .isEqualTo(original.summary().path("totalReturn").doubleValue());
  }

  private static ReplayOutput replay(Path bars, String name) {
    Path outDir = dir.resolve(name);
    ReplayUsageTests.Run run =
        ReplayUsageTests.run(
            List.of(
                "--from",
                "2024-11-18",
                "--to",
                "2024-12-06",
                "--bars",
                bars.toString(),
                "--jobs",
                ReplayCommandTests.JOBS,
                "--scenario",
                "d",
                "--out",
                outDir.toString()));
    assertThat(run.code()).as("replay of %s: %s", name, run.err()).isZero();
    return ReplayOutput.read(outDir);
  }

  /** "SYMBOL date" to open, high, low, close, volume as numbers: 480.00 and 480.0 are one. */
  private static Map<String, List<Double>> rows(Path csv) throws IOException {
    Map<String, List<Double>> rows = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      LocalDate date = LocalDate.parse(f[1]);
      if (date.isBefore(FROM) || date.isAfter(TO)) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (int i = 2; i < 7; i++) {
        values.add(Double.valueOf(f[i]));
      }
      rows.put(f[0] + " " + f[1], values);
    }
    return rows;
  }
}
