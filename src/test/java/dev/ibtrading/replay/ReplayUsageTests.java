package dev.ibtrading.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code replay} command line: wrong arguments, files and scenarios end with exit code 2, a
 * message naming the argument and what was expected, and nothing started or written.
 */
class ReplayUsageTests {
  static final String BARS = "src/test/resources/scenario/bars.csv";

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ReplayCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            null);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--to 2024-12-31 --bars BARS | --from is missing (expected: a date yyyy-MM-dd)",
        "--from 2024-01-02 --bars BARS | --to is missing",
        "--from 2024-01-02 --to 2024-12-31 | --bars is missing (expected: a CSV file)",
        "--from 2024-13-01 --to 2024-12-31 --bars BARS | --from 2024-13-01: invalid",
        "--from 2024-12-31 --to 2024-01-02 --bars BARS | --to 2024-01-02 is before --from 2024-12-31",
        "--from 2024-01-02 --to 2024-12-31 --bars nowhere.csv | --bars nowhere.csv: no such file",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --jobs nowhere.yaml | --jobs nowhere.yaml: no",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --cash -5 | --cash -5: invalid",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --cash lots | --cash lots: invalid",
        "--from 2024-01-02 --from 2024-01-03 | --from given twice",
        "--from | --from needs a value",
        "--since 2024-01-02 | unknown option --since (expected one of: --from, --to,",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --settings nowhere.properties"
            + " | --settings nowhere.properties: no such file",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --settings S/settings-misspelt.properties"
            + " | strategies.spymacdvixy.mod is not a setting of the worker",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --settings S/settings-fixed.properties"
            + " | trading.mode is fixed by the replay",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --settings a=replay/level.properties"
            + " --settings a=replay/crossover.properties | the name a is taken",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --settings a/b=replay/level.properties"
            + " | name 'a/b' (expected: 1-40 letters",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --commission tiered"
            + " | --commission tiered: invalid (expected: ib-fixed, ib-tiered or per-share)",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --slippage-bps -1"
            + " | --slippage-bps -1: invalid (expected: a number of basis points >= 0)",
        "--from 2024-01-02 --to 2024-12-31 --bars BARS --risk-free-rate 4"
            + " | --risk-free-rate 4: invalid (expected: an annual rate from 0 to 1",
      })
  void aWrongCommandLineIsAUsageError(String args, String expected) {
    Run run = run(split(args));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("replay: ").contains(expected).contains("Usage: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownScenarioIsAUsageErrorNamingTheScenarios() {
    Path out = dir.resolve("out");
    Run run =
        run(
            List.of(
                "--from",
                "2024-11-18",
                "--to",
                "2024-11-22",
                "--bars",
                BARS,
                "--scenario",
                "z",
                "--out",
                out.toString()));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no scenario 'z'").contains("[a, d, fx]");
    assertThat(out.resolve(ReplayFiles.SUMMARY)).doesNotExist();
  }

  @Test
  void aBarsFileWithABadRowIsAUsageErrorNamingItsLine() throws IOException {
    Path bars = dir.resolve("bars.csv");
    Files.writeString(
        bars,
        "symbol,date,open,high,low,close,volume\n"
            + "SPY,2024-11-18,100,101,99,100.5,1000\n"
            + "SPY,2024-11-19,100,99,101,100.5,1000\n");
    Run run =
        run(
            List.of(
                "--from",
                "2024-11-18",
                "--to",
                "2024-11-22",
                "--bars",
                bars.toString(),
                "--out",
                dir.resolve("out").toString()));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(bars + ":3: high 99.0 / low 101.0");
  }

  @Test
  void aBenchmarkWithoutBarsIsAUsageErrorBeforeAnythingRuns() {
    Path out = dir.resolve("out");
    Run run =
        run(split("--from 2024-11-18 --to 2024-11-22 --bars BARS --benchmark QQQ --out " + out));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .contains("--benchmark QQQ: no bars of it in " + BARS + " (expected: a symbol of the bars");
    assertThat(out.resolve(ReplayFiles.OUTCOMES)).doesNotExist();
  }

  @Test
  void helpPrintsTheOptionsAndDoesNothingElse() {
    Run run = run(List.of("--help"));

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith("Usage: java -jar ib-trading.jar replay --from DATE --to DATE --bars FILE.csv")
        .contains(
            "--jobs FILE",
            "--scenario NAME",
            "--out DIR",
            "--cash USD",
            "--settings [NAME=]FILE",
            "--benchmark SYMBOL",
            "--risk-free-rate RATE");
    assertThat(run.err()).isEmpty();
  }

  private static List<String> split(String args) {
    List<String> list = new ArrayList<>();
    for (String arg : args.strip().split("\\s+")) {
      list.add(arg.equals("BARS") ? BARS : arg.replace("S/", "src/test/resources/replay/"));
    }
    return list;
  }
}
