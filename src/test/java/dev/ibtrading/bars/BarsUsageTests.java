package dev.ibtrading.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.testsupport.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code bars} command line: the gateway found as the worker finds it, wrong arguments a usage
 * error naming the argument, an unreachable gateway a failure without a file.
 */
class BarsUsageTests {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(List<String> args, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BarsCommand.run(
            args,
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new PacingClock() {
              @Override
              public Instant now() {
                return Instant.EPOCH;
              }

              @Override
              public void sleep(Duration duration) {}
            },
            Clock.systemUTC(),
            365);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> args(String line) {
    List<String> args = new ArrayList<>();
    for (String arg : line.strip().split("\\s+")) {
      args.add(arg.replace("DIR", dir.toString()));
    }
    return args;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--to 2024-12-31 --symbols SPY --out DIR/b.csv | --from is missing (expected: a date",
        "--from 2024-01-02 --symbols SPY --out DIR/b.csv | --to is missing",
        "--from 2024-01-02 --to 2024-12-31 --out DIR/b.csv | --symbols is missing",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY | --out is missing",
        "--from 2024-12-31 --to 2024-01-02 --symbols SPY --out DIR/b.csv | --to 2024-01-02 is before",
        "--from 2024-02-30 --to 2024-12-31 --symbols SPY --out DIR/b.csv | --from 2024-02-30: invalid",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY,,VIXY --out DIR/b.csv | is not a symbol (expected: e.g. SPY,VIXY)",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY,spy --out DIR/b.csv | SPY given twice",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY --out DIR | --out DIR: a directory",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY --out DIR/no/b.csv | its directory does not",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY --out DIR/b.csv --port 0 | --port 0: invalid",
        "--from 2024-01-02 --to 2024-12-31 --symbols SPY --out DIR/b.csv --client-id x | --client-id x:",
        "--since 2024-01-02 | unknown option --since (expected one of: --from, --to,",
      })
  void aWrongCommandLineIsAUsageErrorThatNamesIt(String line, String expected) {
    Run run = run(args(line), Map.of());

    assertThat(run.code()).isEqualTo(BarsCommand.USAGE_ERROR);
    assertThat(run.err())
        .startsWith("bars: ")
        .contains(expected.replace("DIR", dir.toString()))
        .contains("Usage: java -jar ib-trading.jar bars");
    assertThat(run.out()).isEmpty();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void helpPrintsTheUsageAndEveryOption() {
    Run run = run(List.of("--help"), Map.of());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(
            "--from", "--to", "--symbols", "--out", "--host", "--port", "--client-id", "--help");
  }

  @Test
  void theGatewayIsTheWorkersWithItsDefaults() throws Exception {
    List<String> base =
        Arrays.asList(
            "--from",
            "2024-01-02",
            "--to",
            "2024-12-31",
            "--symbols",
            "spy, vixy",
            "--out",
            dir.resolve("b.csv").toString());

    BarsOptions defaults = BarsOptions.parse(base, Map.of());
    BarsOptions live = BarsOptions.parse(base, Map.of("TRADING_MODE", "live"));
    BarsOptions environment =
        BarsOptions.parse(
            base,
            Map.of(
                "IB_GATEWAY_HOST",
                "gateway.internal",
                "IB_GATEWAY_PORT",
                "7497",
                "IB_CLIENTID",
                "9"));
    List<String> withFlags = new ArrayList<>(base);
    withFlags.addAll(List.of("--host", "10.0.0.5", "--port", "4003", "--client-id", "12"));
    BarsOptions flags = BarsOptions.parse(withFlags, Map.of("IB_GATEWAY_PORT", "7497"));

    assertThat(defaults.symbols()).containsExactly("SPY", "VIXY");
    assertThat(List.of(defaults.host(), defaults.port(), defaults.clientId()))
        .containsExactly("127.0.0.1", 4002, 1);
    assertThat(live.port()).isEqualTo(4001);
    assertThat(List.of(environment.host(), environment.port(), environment.clientId()))
        .containsExactly("gateway.internal", 7497, 9);
    assertThat(List.of(flags.host(), flags.port(), flags.clientId()))
        .containsExactly("10.0.0.5", 4003, 12);
    assertThatThrownBy(() -> BarsOptions.parse(base, Map.of("IB_GATEWAY_PORT", "many")))
        .hasMessageContaining("gateway settings in the environment");
  }

  @Test
  void anUnreachableGatewayFailsAndWritesNothing() {
    int port = TestSettings.freePort();

    Run run =
        run(
            args("--from 2024-01-02 --to 2024-12-31 --symbols SPY --out DIR/b.csv --port " + port),
            Map.of());

    assertThat(run.code()).isEqualTo(BarsCommand.FAILED);
    assertThat(run.err()).contains("bars: failed:", "127.0.0.1:" + port);
    assertThat(run.out()).isEmpty();
    assertThat(Files.exists(dir.resolve("b.csv"))).isFalse();
  }
}
