package dev.ibtrading.bars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bars} against a paper gateway (over a real socket) that drops the session in the middle of
 * the download, as a gateway restart does: the client reconnects, the download asks again for the
 * span it lost and goes on, and the file is the one an undisturbed download writes. Sessions lost
 * again and again end the download without a file. Pacing waits are counted on a clock the test
 * moves with the gateway's, never slept; reconnecting takes real time (the client's back-off).
 */
class BarsReconnectTests {
  private static final Instant NOW = Instant.parse("2025-04-02T22:00:00Z");
  private static final String BARS_FILE = "src/test/resources/scenario/bars.csv";
  private static final String FROM = "2024-10-01";
  private static final String TO = "2025-02-28";

  /** A month a request: six requests a symbol for the five months. */
  private static final int DAYS_PER_REQUEST = 30;

  @TempDir Path dir;

  /** What one {@code bars} run did. */
  private record Run(int code, String out, String err) {}

  @Test
  void aSessionDroppedAtTheThirdRequestIsReconnectedAndTheFileIsTheUndisturbedOne()
      throws Exception {
    Path undisturbed = dir.resolve("undisturbed.csv");
    Path dropped = dir.resolve("dropped.csv");
    Run first = download(undisturbed, gateway -> {}, gateway -> {});

    Run second =
        download(
            dropped, gateway -> gateway.faults().dropSessionAtHistoricalRequest(3), gateway -> {});

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(Files.readAllLines(undisturbed)).hasSize(1 + servedRows());
    assertThat(Files.readAllBytes(dropped)).isEqualTo(Files.readAllBytes(undisturbed));
    assertThat(second.err())
        .containsOnlyOnce("gateway session lost")
        .contains("(loss 1 of at most 5)", "bars: reconnected; asking again for SPY ");
    assertThat(second.out()).endsWith(", 1 lost sessions)" + System.lineSeparator());
    assertThat(first.out()).doesNotContain("lost sessions");
  }

  @Test
  void sessionsLostMoreThanFiveTimesFailTheDownloadAndWriteNothing() throws Exception {
    Path out = dir.resolve("never.csv");

    Run run =
        download(
            out,
            gateway -> gateway.faults().dropSessionAtHistoricalRequest(2),
            gateway -> gateway.faults().dropSessionAtHistoricalRequest(1));

    assertThat(run.code()).as(run.err()).isEqualTo(BarsCommand.FAILED);
    assertThat(run.err())
        .contains("(loss 5 of at most 5)", "the gateway session was lost 6 times; giving up");
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  /** The rows of SPY and VIXY in the downloaded period, as the gateway serves them. */
  private static int servedRows() throws Exception {
    try (var lines = Files.lines(Path.of(BARS_FILE))) {
      return lines
          .map(line -> line.split(","))
          .filter(f -> f[0].equals("SPY") || f[0].equals("VIXY"))
          .filter(f -> f[1].compareTo(FROM) >= 0 && f[1].compareTo(TO) <= 0)
          .mapToInt(f -> 1)
          .sum();
    }
  }

  private interface Fault {
    void arm(PaperGateway gateway);
  }

  /**
   * Downloads SPY and VIXY, October 2024 to March 2025, from a fresh gateway.
   *
   * @param atStart armed before the download
   * @param onEveryWait armed at every pacing wait (a retried request waits for IB's
   *     identical-request rule first)
   */
  private Run download(Path out, Fault atStart, Fault onEveryWait) throws Exception {
    PaperClock gatewayClock = PaperClock.fixedAt(NOW);
    try (PaperGateway gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests().toBuilder().barsFile(Path.of(BARS_FILE)).build(),
                gatewayClock)
            .start()) {
      atStart.arm(gateway);
      PacingClock clock = new GatewayPacingClock(gatewayClock, () -> onEveryWait.arm(gateway));
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int code =
          BarsCommand.run(
              List.of(
                  "--from",
                  FROM,
                  "--to",
                  TO,
                  "--symbols",
                  "SPY,VIXY",
                  "--out",
                  out.toString(),
                  "--port",
                  String.valueOf(gateway.port()),
                  "--client-id",
                  "43"),
              Map.of(),
              new PrintStream(stdout, true, StandardCharsets.UTF_8),
              new PrintStream(stderr, true, StandardCharsets.UTF_8),
              clock,
              Clock.fixed(NOW, ZoneOffset.UTC),
              DAYS_PER_REQUEST);
      return new Run(
          code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }
  }
}
