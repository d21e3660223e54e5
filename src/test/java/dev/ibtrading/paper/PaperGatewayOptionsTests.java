package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperGatewayOptionsTests {
  @TempDir Path dir;

  @Test
  void noOptionsMeansPaperPortOnLoopbackWithThePropertyDefaults() throws Exception {
    PaperGatewayOptions options = parse();

    PaperGatewayConfig config = options.toConfig();
    PaperGatewayProperties defaults = PaperGatewayProperties.defaults();
    assertThat(options.help()).isFalse();
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(4002);
    assertThat(config.account()).isEqualTo(defaults.account()).isEqualTo("DU0000001");
    assertThat(config.startingCash()).isEqualTo(defaults.cash()).isEqualTo(100_000);
    assertThat(config.alwaysOpen()).isFalse();
    assertThat(config.stateFile()).isNull();
    assertThat(config.barsFile()).isNull();
    assertThat(config.commissionPerShare()).isEqualTo(defaults.commissionPerShare());
  }

  @Test
  void everyOptionReachesTheConfig() throws Exception {
    Path bars =
        Files.writeString(dir.resolve("bars.csv"), "symbol,date,open,high,low,close,volume\n");
    Path state = dir.resolve("state.json");

    PaperGatewayConfig config =
        parse(
                "--port",
                "0",
                "--host",
                "0.0.0.0",
                "--account",
                "DU7654321",
                "--cash",
                "25000.5",
                "--bars",
                bars.toString(),
                "--seed",
                "7",
                "--always-open",
                "--state",
                state.toString(),
                "--slippage-bps",
                "2.5",
                "--commission-per-share",
                "0.01",
                "--min-commission",
                "0.35",
                "--fill-delay",
                "250ms",
                "--market-data",
                "none")
            .toConfig();

    assertThat(config)
        .isEqualTo(
            PaperGatewayConfig.builder()
                .host("0.0.0.0")
                .port(0)
                .account("DU7654321")
                .startingCash(25_000.5)
                .seed(7)
                .barsFile(bars)
                .alwaysOpen(true)
                .stateFile(state)
                .slippageBps(2.5)
                .commissionPerShare(0.01)
                .minCommission(0.35)
                .fillDelay(Duration.ofMillis(250))
                .marketData(MarketDataEntitlement.NONE)
                .build());
  }

  @Test
  void marketDataDefaultsToRealtimeAndTakesEachMode() throws Exception {
    assertThat(parse().toConfig().marketData()).isEqualTo(MarketDataEntitlement.REALTIME);
    assertThat(parse("--market-data", "delayed").toConfig().marketData())
        .isEqualTo(MarketDataEntitlement.DELAYED);
    assertThat(parse("--market-data", "realtime").toConfig().marketData())
        .isEqualTo(MarketDataEntitlement.REALTIME);
    assertThatThrownBy(() -> parse("--market-data", "live"))
        .hasMessage("--market-data live: invalid (expected: realtime, delayed or none)");
  }

  @Test
  void helpNeedsNothingElse() throws Exception {
    assertThat(parse("--help").help()).isTrue();
    assertThat(PaperGatewayOptions.usage()).contains("--port N", "--state FILE", "--always-open");
  }

  @Test
  void unknownOptionIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> parse("--prot", "4002"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown option --prot")
        .hasMessageContaining("--port");
  }

  @Test
  void missingValueSaysWhatWasExpected() {
    assertThatThrownBy(() -> parse("--port"))
        .hasMessage("--port needs a value (a port number 0-65535)");
    assertThatThrownBy(() -> parse("--cash", "--always-open"))
        .hasMessage("--cash needs a value (an amount in USD)");
  }

  @Test
  void badValuesNameTheOptionAndTheExpectedForm() {
    assertThatThrownBy(() -> parse("--port", "abc"))
        .hasMessage("--port abc: invalid (expected: a port number 0-65535)");
    assertThatThrownBy(() -> parse("--port", "70000"))
        .hasMessage("--port 70000: invalid (expected: a port number 0-65535)");
    assertThatThrownBy(() -> parse("--cash", "lots"))
        .hasMessage("--cash lots: invalid (expected: an amount in USD)");
    assertThatThrownBy(() -> parse("--cash", "-5"))
        .hasMessage("--cash -5: invalid (expected: an amount in USD)");
    assertThatThrownBy(() -> parse("--fill-delay", "soon"))
        .hasMessage("--fill-delay soon: invalid (expected: a duration like 500ms)");
  }

  @Test
  void missingBarsFileIsRefused() {
    Path missing = dir.resolve("none.csv");
    assertThatThrownBy(() -> parse("--bars", missing.toString()))
        .hasMessage("--bars " + missing + ": no such file");
  }

  @Test
  void anOptionGivenTwiceIsRefused() {
    assertThatThrownBy(() -> parse("--port", "1", "--port", "2")).hasMessage("--port given twice");
  }

  private static PaperGatewayOptions parse(String... args) throws UsageException {
    return PaperGatewayOptions.parse(List.of(args));
  }
}
