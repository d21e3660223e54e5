package dev.ibtrading.ib;

import static dev.ibtrading.paper.TestGatewayConfigs.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperMarket;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our client against our paper gateway over loopback sockets: completed daily bars, model and CSV.
 */
class IbBrokerDailyBarsTests {
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");
  private static final LocalDate FRIDAY = LocalDate.of(2025, 1, 3);
  private static final LocalDate THURSDAY = LocalDate.of(2025, 1, 2);

  private final MarketDataFixture fixture = new MarketDataFixture();

  @TempDir Path dir;

  @AfterEach
  void closeAll() throws Exception {
    fixture.close();
  }

  @Test
  void dailyBarsAreTheLastNCompletedSessions() throws Exception {
    PaperGateway gateway = fixture.gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY);
    IbBroker broker = fixture.broker(gateway);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    List<Bar> bars = broker.dailyBars(spy, FRIDAY, 5);

    assertThat(bars)
        .extracting(Bar::date)
        .containsExactly(
            LocalDate.of(2024, 12, 26),
            LocalDate.of(2024, 12, 27),
            LocalDate.of(2024, 12, 30),
            LocalDate.of(2024, 12, 31), // no bar on New Year's Day, an NYSE holiday
            THURSDAY);
    PaperMarket.DailyBar last = gateway.market().dailyBars("SPY", THURSDAY, 1).get(0);
    assertThat(bars.get(4))
        .isEqualTo(
            new Bar(
                THURSDAY,
                BigDecimal.valueOf(last.open()),
                BigDecimal.valueOf(last.high()),
                BigDecimal.valueOf(last.low()),
                BigDecimal.valueOf(last.close()),
                BigDecimal.valueOf(last.volume())));
    assertThat(broker.dailyBars(spy, LocalDate.of(2024, 12, 20), 3))
        .extracting(Bar::date)
        .containsExactly(
            LocalDate.of(2024, 12, 18), LocalDate.of(2024, 12, 19), LocalDate.of(2024, 12, 20));
    assertThat(broker.dailyBars(spy, FRIDAY, 300)).hasSize(300);
  }

  @Test
  void todaysBarIsExcludedAtTheOpenAndIncludedAfterTheClose() throws Exception {
    Instant openNy = Instant.parse("2025-01-03T14:30:00Z");
    Instant afterCloseNy = Instant.parse("2025-01-03T21:30:00Z");
    IbBroker atOpen = fixture.broker(openNy);
    IbBroker afterClose =
        fixture.broker(fixture.gateway(PaperGatewayConfig.forTests(), afterCloseNy));
    Contract spy = atOpen.contract(Instrument.usStock("SPY"));

    assertThat(atOpen.dailyBars(spy, FRIDAY, 2))
        .extracting(Bar::date)
        .containsExactly(LocalDate.of(2024, 12, 31), THURSDAY); // Jan 1: an NYSE holiday
    assertThat(afterClose.dailyBars(spy, FRIDAY, 2))
        .extracting(Bar::date)
        .containsExactly(THURSDAY, FRIDAY);
  }

  @Test
  void theSameSeedGivesTheSameBarsAndAnotherSeedOthers() throws Exception {
    IbBroker first = fixture.broker(fixture.gateway(config(42, null, true), FRIDAY_10_NY));
    Contract aapl = first.contract(Instrument.usStock("AAPL"));
    IbBroker same = fixture.broker(fixture.gateway(config(42, null, true), FRIDAY_10_NY));
    IbBroker other = fixture.broker(fixture.gateway(config(43, null, true), FRIDAY_10_NY));

    List<Bar> bars = first.dailyBars(aapl, FRIDAY, 20);

    assertThat(same.dailyBars(aapl, FRIDAY, 20)).isEqualTo(bars);
    assertThat(other.dailyBars(aapl, FRIDAY, 20))
        .hasSize(20)
        .extracting(Bar::close)
        .isNotEqualTo(bars.stream().map(Bar::close).toList());
  }

  @Test
  void aCsvReplacesTheModelForItsSymbolsOnly() throws Exception {
    Path csv = dir.resolve("bars.csv");
    Files.writeString(
        csv,
        "symbol,date,open,high,low,close,volume\n"
            + "SPY,2024-12-30,590.0,592.5,588.1,591.2,40000000\n"
            + "SPY,2024-12-31,591.2,593.0,589.9,590.4,35000000\n"
            + "SPY,2025-01-02,590.4,591.0,585.5,586.0,50000000\n"
            + "SPY,2025-01-03,586.0,600.0,580.0,599.0,1\n");
    IbBroker withCsv = fixture.broker(fixture.gateway(config(42, csv, true), FRIDAY_10_NY));
    IbBroker modelOnly = fixture.broker(fixture.gateway(config(42, null, true), FRIDAY_10_NY));
    Contract spy = withCsv.contract(Instrument.usStock("SPY"));
    Contract aapl = withCsv.contract(Instrument.usStock("AAPL"));

    List<Bar> spyBars = withCsv.dailyBars(spy, FRIDAY, 10);

    assertThat(spyBars) // Friday's row is not complete at 10:00
        .containsExactly(
            bar("2024-12-30", "590.0", "592.5", "588.1", "591.2", 40000000),
            bar("2024-12-31", "591.2", "593.0", "589.9", "590.4", 35000000),
            bar("2025-01-02", "590.4", "591.0", "585.5", "586.0", 50000000));
    assertThat(withCsv.dailyBars(aapl, FRIDAY, 10))
        .isEqualTo(modelOnly.dailyBars(aapl, FRIDAY, 10));
    assertThat(withCsv.quote(spy).close()).isEqualByComparingTo("586.0");
  }

  @Test
  void aBadCsvStopsTheGatewayWithFileAndLine() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(
        csv, "symbol,date,open,high,low,close,volume\nSPY,2025-01-02,590,589,585,586,1\n");

    assertThatThrownBy(
            () -> new PaperGateway(config(42, csv, true), PaperClock.fixedAt(FRIDAY_10_NY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(csv + ":2: ")
        .hasMessageContaining("expected: high >= max(open, close)");
  }

  private static Bar bar(String date, String o, String h, String l, String c, long volume) {
    return new Bar(
        LocalDate.parse(date),
        new BigDecimal(o),
        new BigDecimal(h),
        new BigDecimal(l),
        new BigDecimal(c),
        BigDecimal.valueOf(volume));
  }
}
