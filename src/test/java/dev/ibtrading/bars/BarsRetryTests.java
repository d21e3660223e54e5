package dev.ibtrading.bars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.IbRequestException;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a pacing refusal, and a gateway that refuses every attempt. */
class BarsRetryTests {
  private static final Instant NOW = Instant.parse("2025-01-06T22:00:00Z");

  @TempDir Path dir;

  private static IbRequestException refusal(int code, String text) {
    return new IbRequestException("daily bars of SPY", new ErrorMessage(7, code, text));
  }

  @Test
  void pacingRefusalsAre162WithThePacingTextAnd366() {
    assertThat(
            BarsDownload.isPacing(
                refusal(
                    162,
                    "Historical Market Data Service error message:Historical data request pacing"
                        + " violation")))
        .isTrue();
    assertThat(
            BarsDownload.isPacing(refusal(366, "No historical data query found for ticker id:7")))
        .isTrue();
    assertThat(
            BarsDownload.isPacing(
                refusal(
                    162,
                    "Historical Market Data Service error message:HMDS query returned no data:"
                        + " SPY@SMART Trades")))
        .isFalse();
    assertThat(BarsDownload.isPacing(refusal(200, "No security definition"))).isFalse();
  }

  @Test
  void refusalsOutlastingTheAttemptsFailAfterDoublingWaitsAndWriteNothing() throws Exception {
    PaperClock gatewayClock = PaperClock.fixedAt(NOW);
    try (PaperGateway gateway = new PaperGateway(PaperGatewayConfig.forTests(), gatewayClock)) {
      gateway.start();
      gateway.faults().historicalPacingViolationAt(1);
      // the retry is refused too
      GatewayPacingClock refusingAgain =
          new GatewayPacingClock(
              gatewayClock, () -> gateway.faults().historicalPacingViolationAt(1));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int code =
          BarsCommand.run(
              List.of(
                  "--from",
                  "2024-01-02",
                  "--to",
                  "2024-12-31",
                  "--symbols",
                  "SPY",
                  "--out",
                  dir.resolve("b.csv").toString(),
                  "--port",
                  String.valueOf(gateway.port()),
                  "--client-id",
                  "42"),
              Map.of(),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              refusingAgain,
              Clock.fixed(NOW, ZoneOffset.UTC),
              365);

      String stderr = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(stderr).isEqualTo(BarsCommand.FAILED);
      assertThat(refusingAgain.waits())
          .containsExactly(
              Duration.ofSeconds(15),
              Duration.ofSeconds(30),
              Duration.ofSeconds(60),
              Duration.ofSeconds(120),
              Duration.ofSeconds(240),
              Duration.ofSeconds(480));
      assertThat(stderr)
          .contains("then attempt 7 of 7", "refused 7 times for pacing (IB error 162)");
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
      try (var files = Files.list(dir)) {
        assertThat(files).as("no file, not even a partial one").isEmpty();
      }
    }
  }
}
