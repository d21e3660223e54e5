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
    assertThat(config.enforceHistoricalPacing()).isFalse();
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
                "--commission-schedule",
                "ib-tiered",
                "--fill-delay",
                "250ms",
                "--market-data",
                "none",
                "--enforce-historical-pacing")
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
                .commissionSchedule(CommissionSchedule.IB_TIERED)
                .fillDelay(Duration.ofMillis(250))
                .marketData(MarketDataEntitlement.NONE)
                .enforceHistoricalPacing(true)
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
  void theCommissionScheduleDefaultsToPerShareAndTakesEachName() throws Exception {
    assertThat(parse().toConfig().commissionSchedule()).isEqualTo(CommissionSchedule.PER_SHARE);
    for (CommissionSchedule schedule : CommissionSchedule.values()) {
      assertThat(
              parse("--commission-schedule", schedule.wireName()).toConfig().commissionSchedule())
          .isEqualTo(schedule);
    }
    assertThatThrownBy(() -> parse("--commission-schedule", "ib-free"))
        .hasMessage(
            "--commission-schedule ib-free: invalid (expected: per-share, ib-fixed or ib-tiered)");
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
        .hasMessage("--cash needs a value (an amount in the account's currency)");
  }

  @Test
  void badValuesNameTheOptionAndTheExpectedForm() {
    assertThatThrownBy(() -> parse("--port", "abc"))
        .hasMessage("--port abc: invalid (expected: a port number 0-65535)");
    assertThatThrownBy(() -> parse("--port", "70000"))
        .hasMessage("--port 70000: invalid (expected: a port number 0-65535)");
    assertThatThrownBy(() -> parse("--cash", "lots"))
        .hasMessage("--cash lots: invalid (expected: an amount in the account's currency)");
    assertThatThrownBy(() -> parse("--cash", "-5"))
        .hasMessage("--cash -5: invalid (expected: an amount in the account's currency)");
    assertThatThrownBy(() -> parse("--currency", "XAU"))
        .hasMessage("--currency XAU: invalid (expected: USD, EUR, GBP, CHF, JPY, CAD or AUD)");
    assertThatThrownBy(() -> parse("--fill-delay", "soon"))
        .hasMessage("--fill-delay soon: invalid (expected: a duration like 500ms)");
  }

  @Test
  void theCurrencyOptionBasesTheAccount() throws Exception {
    assertThat(parse("--currency", "CHF").toConfig().currency()).isEqualTo("CHF");
    assertThat(parse().toConfig().currency()).isEqualTo("USD");
  }

  @Test
  void cashBalancesGiveANewAccountOtherCurrencies() throws Exception {
    PaperGatewayConfig config = parse("--cash-balances", "EUR=5000,gbp=250.5").toConfig();

    assertThat(config.cashBalances())
        .containsOnlyKeys("EUR", "GBP")
        .hasEntrySatisfying("EUR", v -> assertThat(v).isEqualByComparingTo("5000"))
        .hasEntrySatisfying("GBP", v -> assertThat(v).isEqualByComparingTo("250.5"));
    assertThat(parse().toConfig().cashBalances()).isEmpty();
  }

  @Test
  void cashBalancesOfUnknownCurrenciesOrWithoutAmountsAreRefused() {
    String expected = ": invalid (expected: currency=amount pairs like EUR=5000,GBP=250)";
    assertThatThrownBy(() -> parse("--cash-balances", "PLN=100"))
        .hasMessage("--cash-balances PLN=100" + expected);
    assertThatThrownBy(() -> parse("--cash-balances", "USD=100"))
        .hasMessage("--cash-balances USD=100" + expected);
    assertThatThrownBy(() -> parse("--cash-balances", "EUR"))
        .hasMessage("--cash-balances EUR" + expected);
    assertThatThrownBy(() -> parse("--cash-balances", "EUR=lots"))
        .hasMessage("--cash-balances EUR=lots" + expected);
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
