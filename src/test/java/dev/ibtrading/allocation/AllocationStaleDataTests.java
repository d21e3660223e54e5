package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.THURSDAY_NOON;
import static dev.ibtrading.allocation.AllocationFixture.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.MacdMode;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.SpyMacdVixyProperties;
import dev.ibtrading.strategy.SpyMacdVixyStrategy;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stale data refuses (issue 15): with SPY's daily bars missing for the last two weeks, a
 * spymacdvixy allocation on the paper gateway ends {@code failed stale-market-data} and places
 * nothing; with the bars complete the same run trades.
 */
class AllocationStaleDataTests {
  /** Two weeks and more before the Thursday 2025-01-02 run; the previous session is 2024-12-31. */
  private static final LocalDate SPY_BARS_END = LocalDate.parse("2024-12-13");

  @TempDir Path dir;

  /** The scenarios' bars (SPY, VIXY, AAPL), SPY's cut after {@code spyUntil}. */
  private Path barsFile(LocalDate spyUntil) throws IOException {
    String csv;
    try (InputStream in = getClass().getResourceAsStream("/scenario/bars.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String kept =
        csv.lines()
            .filter(
                line ->
                    !line.startsWith("SPY,")
                        || !LocalDate.parse(line.split(",")[1]).isAfter(spyUntil))
            .collect(Collectors.joining("\n", "", "\n"));
    Path file = dir.resolve("bars-" + spyUntil + ".csv");
    Files.writeString(file, kept);
    return file;
  }

  private static PaperGatewayConfig withBars(Path file) {
    return PaperGatewayConfig.forTests().toBuilder().barsFile(file).build();
  }

  private static IntentResult allocate(AllocationFixture paper, String runKey) {
    IbBroker broker = paper.connect(7);
    StrategyRegistry registry =
        new StrategyRegistry(
            List.of(
                new SpyMacdVixyStrategy(
                    new SpyMacdVixyProperties(MacdMode.LEVEL, false, 200, 35, null, null))));
    AllocationHandler handler =
        new AllocationHandler(
            broker,
            registry,
            AllocationSettings.defaults(),
            ExchangeCalendar.nyse(),
            new ManagedUniverse(registry, new UniverseProperties(List.of())));
    return handler.run(paper.context(runKey, options(false, "spymacdvixy"), true));
  }

  @Test
  void spyBarsMissingForTwoWeeksFailStaleAndPlaceNothing() throws IOException {
    try (AllocationFixture paper =
        new AllocationFixture(THURSDAY_NOON, withBars(barsFile(SPY_BARS_END)))) {
      IntentResult result = allocate(paper, "stale-bars");

      assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
      assertThat(result.errors())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.code()).isEqualTo("stale-market-data");
                assertThat(p.message())
                    .contains("SPY")
                    .contains("2024-12-13")
                    .contains("2024-12-31");
              });
      assertThat(paper.gateway.account().holding("SPY")).isEmpty();
      assertThat(paper.gateway.account().holding("VIXY")).isEmpty();
    }
  }

  @Test
  void theSameRunWithBarsUpToThePreviousSessionTrades() throws IOException {
    try (AllocationFixture paper =
        new AllocationFixture(THURSDAY_NOON, withBars(barsFile(LocalDate.parse("2024-12-31"))))) {
      IntentResult result = allocate(paper, "fresh-bars");

      assertThat(result.errors()).extracting(Problem::code).doesNotContain("stale-market-data");
      assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
      assertThat(paper.held("SPY").signum()).isPositive();
    }
  }
}
