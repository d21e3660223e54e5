package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.expectedShares;
import static dev.ibtrading.allocation.AllocationFixture.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Allocation runs against the paper gateway over real sockets. */
class AllocationHandlerTests extends PaperAllocationTestSupport {
  private IntentResult run(
      AllocationSettings settings, String runKey, boolean dryRun, String... s) {
    return AllocationFixture.handler(broker, settings)
        .run(paper.context(runKey, options(dryRun, s), true));
  }

  @Test
  void theDummyStrategyBuysItsWholeCapitalOfSpy() {
    BigDecimal expected = expectedShares(broker, "SPY", BigDecimal.ONE);

    IntentResult result = run(AllocationSettings.defaults(), "run-1", false, "dummy");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isEqualByComparingTo(expected);
    JsonNode order = result.result().path("orders").get(0);
    assertThat(order.path("symbol").stringValue()).isEqualTo("SPY");
    assertThat(order.path("status").stringValue()).isEqualTo("filled");
    assertThat(order.path("filled").decimalValue()).isEqualByComparingTo(expected);
    assertThat(order.path("averagePrice").isNumber()).isTrue();
    assertThat(broker.executions()).allMatch(f -> f.orderRef().equals("run-1"));
    assertThat(result.result().path("targets").get(0).path("targetQuantity").decimalValue())
        .isEqualByComparingTo(expected);
  }

  @Test
  void aWeightOfZeroPausesTheStrategyAndSellsNothing() {
    run(AllocationSettings.defaults(), "run-buy", false, "dummy");
    BigDecimal held = paper.held("SPY");
    assertThat(held.signum()).isPositive();

    for (AllocationSettings paused :
        List.of(
            weighted(BigDecimal.ZERO, Map.of()),
            weighted(BigDecimal.ONE, Map.of("dummy", BigDecimal.ZERO)))) {
      IntentResult result = run(paused, "run-paused-" + paused.exposure(), false, "dummy");

      assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
      assertThat(result.warnings()).extracting(Problem::code).containsExactly("strategy-paused");
      assertThat(result.result().path("planned").size()).isZero();
      assertThat(paper.held("SPY")).isEqualByComparingTo(held);
    }
  }

  @Test
  void aDryRunPlansAndPlacesNothing() {
    BigDecimal expected = expectedShares(broker, "SPY", BigDecimal.ONE);

    IntentResult result = run(AllocationSettings.defaults(), "run-dry", true, "dummy");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.result().path("dryRun").booleanValue()).isTrue();
    assertThat(result.result().path("planned").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo(expected);
    assertThat(result.result().path("orders").size()).isZero();
    assertThat(broker.executions()).isEmpty();
    assertThat(broker.openOrders()).isEmpty();
  }

  @Test
  void theKillSwitchPlacesNothingAndSkips() {
    IntentResult result =
        AllocationFixture.handler(broker, AllocationSettings.defaults())
            .run(paper.context("run-off", options(false, "dummy"), false));

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings()).extracting(Problem::code).contains("trading-disabled");
    assertThat(result.result().path("planned").size()).isEqualTo(1);
    assertThat(broker.executions()).isEmpty();
    assertThat(broker.openOrders()).isEmpty();
  }

  @Test
  void aStrategyOutsideTheManagedUniverseFailsBeforeReadingTheAccount() {
    IntentResult result =
        AllocationFixture.handler(broker, AllocationSettings.defaults(), List.of("fixed"))
            .run(paper.context("run-unmanaged", options(false, "dummy"), true));

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("strategy-not-managed");
    assertThat(broker.openOrders()).isEmpty();
    assertThat(broker.executions()).isEmpty();
  }

  @Test
  void aSecondRunWithTheSameKeyReportsTheFirstRunsFillsAndPlacesNothing() {
    run(AllocationSettings.defaults(), "run-twice", false, "dummy");
    BigDecimal afterFirst = paper.held("SPY");
    IbBroker restarted = paper.connect(8);

    IntentResult second =
        AllocationFixture.handler(restarted, AllocationSettings.defaults())
            .run(paper.context("run-twice", options(false, "dummy"), true));

    assertThat(second.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(second.warnings()).extracting(Problem::code).containsExactly("already-placed");
    JsonNode executions = second.result().path("executions");
    assertThat(executions.size()).isPositive();
    BigDecimal shares = BigDecimal.ZERO;
    for (JsonNode execution : executions) {
      shares = shares.add(execution.path("shares").decimalValue());
    }
    assertThat(shares).isEqualByComparingTo(afterFirst);
    assertThat(paper.held("SPY")).isEqualByComparingTo(afterFirst);
    assertThat(restarted.executions()).hasSameSizeAs(broker.executions());
  }

  @Test
  void aHandMadePositionOutsideTheUniverseIsLeftAlone() {
    int aapl = PaperUniverse.bySymbol("AAPL").orElseThrow().conId();
    paper
        .gateway
        .account()
        .applyFill("AAPL", aapl, BigDecimal.TEN, new BigDecimal("200"), BigDecimal.ZERO);

    IntentResult result = run(AllocationSettings.defaults(), "run-hand", false, "dummy");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("AAPL")).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(paper.held("SPY")).isPositive();
    assertThat(result.result().path("planned").findValuesAsString("symbol")).containsExactly("SPY");
    assertThat(broker.executions()).allMatch(f -> f.contract().symbol().equals("SPY"));
  }

  @Test
  void twoStrategiesSharingAnInstrumentAreSummed() {
    AllocationSettings halves =
        new AllocationSettings(
            BigDecimal.ONE,
            Map.of("dummy", new BigDecimal("0.5"), "fixed", new BigDecimal("0.5")),
            BigDecimal.valueOf(100),
            null,
            null,
            java.time.Duration.ofSeconds(60),
            dev.ibtrading.broker.AdaptivePriority.Normal,
            dev.ibtrading.plan.CapSetting.NONE,
            dev.ibtrading.plan.CapSetting.NONE,
            java.time.Duration.ofMinutes(30));
    BigDecimal spy =
        expectedShares(broker, "SPY", new BigDecimal("0.5"))
            .add(expectedShares(broker, "SPY", new BigDecimal("0.25")));
    BigDecimal qqq = expectedShares(broker, "QQQ", new BigDecimal("0.25"));

    IntentResult result = run(halves, "run-sum", false, "dummy", "fixed");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isEqualByComparingTo(spy);
    assertThat(paper.held("QQQ")).isEqualByComparingTo(qqq);
    assertThat(result.result().path("signals").size()).isEqualTo(3);
  }

  @Test
  void aMarketHolidayIsSkipped() {
    paper.clock.set(Instant.parse("2025-12-25T17:00:00Z"));

    IntentResult result = run(AllocationSettings.defaults(), "run-xmas", false, "dummy");

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("market-closed");
    assertThat(result.warnings().get(0).message()).contains("Christmas");
    assertThat(broker.executions()).isEmpty();
  }

  @Test
  void anUnknownStrategyFailsNamingTheKnownOnes() {
    IntentResult result = run(AllocationSettings.defaults(), "run-x", false, "dummy", "nosuch");

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors()).extracting(Problem::code).containsExactly("unknown-strategy");
    assertThat(result.errors().get(0).message()).contains("nosuch").contains("dummy");
    assertThat(broker.executions()).isEmpty();
  }

  private static AllocationSettings weighted(BigDecimal exposure, Map<String, BigDecimal> weights) {
    AllocationSettings d = AllocationSettings.defaults();
    return new AllocationSettings(
        exposure,
        weights,
        d.minOrderNotional(),
        d.maxOrderNotional(),
        d.maxPositionNotional(),
        d.fillTimeout(),
        d.adaptivePriority(),
        d.maxOrderFraction(),
        d.maxGrossLeverage(),
        d.maxQuoteAge());
  }
}
