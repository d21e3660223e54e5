package dev.ibtrading.eodcheck;

import static dev.ibtrading.allocation.AllocationFixture.expectedShares;
import static dev.ibtrading.allocation.AllocationFixture.price;
import static dev.ibtrading.eodcheck.EodCheckFixture.THURSDAY_1555;
import static dev.ibtrading.eodcheck.EodCheckFixture.hold;
import static dev.ibtrading.eodcheck.EodCheckFixture.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.allocation.AllocationFixture;
import dev.ibtrading.allocation.PaperAllocationTestSupport;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** End-of-day reconciliation on the paper gateway: drift, fills, cancels and flattening. */
class EodCheckHandlerTests extends PaperAllocationTestSupport {

  private IntentResult eod(EodSettings settings, String runKey, Boolean flatten) {
    return EodCheckFixture.handler(broker, settings)
        .run(EodCheckFixture.context(paper, runKey, options(false, flatten), null));
  }

  private static JsonNode drift(IntentResult result, String symbol) {
    for (JsonNode row : result.result().path("drift")) {
      if (row.path("symbol").stringValue().equals(symbol)) {
        return row;
      }
    }
    throw new AssertionError("no drift row for " + symbol + " in " + result.result());
  }

  @Test
  void driftIsThePositionAgainstTheTargetRecomputedNow() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    BigDecimal target = expectedShares(broker, "SPY", BigDecimal.ONE);
    BigDecimal price = price(broker, "SPY");

    IntentResult result = eod(EodSettings.defaults(), "eod-check:m-1", null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = drift(result, "SPY");
    assertThat(spy.path("targetQuantity").decimalValue()).isEqualByComparingTo(target);
    assertThat(spy.path("position").decimalValue()).isEqualByComparingTo("10");
    assertThat(spy.path("driftQuantity").decimalValue())
        .isEqualByComparingTo(BigDecimal.TEN.subtract(target));
    assertThat(spy.path("driftValue").decimalValue())
        .isEqualByComparingTo(BigDecimal.TEN.subtract(target).multiply(price));
    assertThat(spy.path("beyondTolerance").booleanValue()).isTrue();
    assertThat(result.warnings()).extracting(Problem::code).contains("drift-beyond-tolerance");
    assertThat(result.result().path("netLiquidation").decimalValue())
        .isEqualByComparingTo(broker.accountSnapshot().netLiquidation());
    assertThat(result.result().path("session").path("openAtRun").booleanValue()).isTrue();
    assertThat(broker.executions()).isEmpty();
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  @Test
  void aPartialFillIsListedWithItsCommissionAndTheLeftoverIsCancelled() {
    PaperOrderRules.of(paper.gateway).partialFills(2, Duration.ofHours(8));
    AllocationSettings quick = AllocationFixture.settingsWithFillTimeout(Duration.ofMillis(500));
    IntentResult allocation =
        AllocationFixture.handler(broker, quick)
            .run(paper.context("allocation:m-1", AllocationFixture.options(false, "dummy"), true));
    assertThat(allocation.status()).isEqualTo(OutcomeStatus.PARTIAL);
    PaperOrderRules.of(paper.gateway).reset();
    BigDecimal filled = paper.held("SPY");
    assertThat(filled).isPositive();
    paper.clock.set(THURSDAY_1555);
    BigDecimal target = expectedShares(broker, "SPY", BigDecimal.ONE);

    IntentResult result = eod(EodSettings.defaults(), "eod-check:m-2", null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode leftover = result.result().path("openOrders").get(0);
    assertThat(leftover.path("orderRef").stringValue()).isEqualTo("allocation:m-1");
    JsonNode cancelled = result.result().path("cancelled").get(0);
    assertThat(cancelled.path("status").stringValue()).isEqualTo("cancelled");
    assertThat(cancelled.path("filled").decimalValue()).isEqualByComparingTo(filled);
    assertThat(broker.openOrders()).isEmpty();
    JsonNode executions = result.result().path("executions");
    assertThat(executions.size()).isEqualTo(1);
    assertThat(executions.get(0).path("orderRef").stringValue()).isEqualTo("allocation:m-1");
    assertThat(executions.get(0).path("shares").decimalValue()).isEqualByComparingTo(filled);
    BigDecimal commission = executions.get(0).path("commission").decimalValue();
    assertThat(commission).isPositive();
    assertThat(result.result().path("commissionTotal").decimalValue())
        .isEqualByComparingTo(commission);
    assertThat(drift(result, "SPY").path("driftQuantity").decimalValue())
        .isEqualByComparingTo(filled.subtract(target));
    assertThat(paper.held("SPY")).isEqualByComparingTo(filled);
  }

  @Test
  void enforceFlatFlattensManagedPositionsOnly() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");
    hold(paper, "QQQ", "5");
    hold(paper, "AAPL", "-3");

    IntentResult result = eod(EodSettings.defaults().withEnforceFlat(true), "eod-check:m-3", null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isEqualByComparingTo("5");
    assertThat(paper.held("AAPL")).isEqualByComparingTo("-3");
    JsonNode toFlatten = result.result().path("toFlatten");
    assertThat(toFlatten.size()).isEqualTo(1);
    assertThat(toFlatten.get(0).path("side").stringValue()).isEqualTo("sell");
    JsonNode order = result.result().path("flattenOrders").get(0);
    assertThat(order.path("status").stringValue()).isEqualTo("filled");
    assertThat(order.path("orderRef").stringValue()).isEqualTo("eod-check:m-3");
    assertThat(result.result().path("executions").findValuesAsString("orderRef"))
        .containsExactly("eod-check:m-3");
    assertThat(result.result().path("unmanagedPositions").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("QQQ", "AAPL");
    assertThat(broker.executions()).allMatch(f -> f.contract().symbol().equals("SPY"));
  }

  @Test
  void theTriggersFlattenOptionOverridesTheSetting() {
    paper.clock.set(THURSDAY_1555);
    hold(paper, "SPY", "10");

    IntentResult kept =
        eod(EodSettings.defaults().withEnforceFlat(true), "eod-check:keep", Boolean.FALSE);
    assertThat(kept.result().path("flatten").booleanValue()).isFalse();
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");

    IntentResult flattened = eod(EodSettings.defaults(), "eod-check:flat", Boolean.TRUE);
    assertThat(flattened.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
  }

  @Test
  void ordersOfOtherClientsAndOwnOrdersOutsideTheUniverseAreLeftWorking() {
    paper.clock.set(THURSDAY_1555);
    IbBroker other = paper.connect(9);
    OrderReport theirs = EodCheckFixture.restingBuy(other, "SPY", "");
    OrderReport ownAapl = EodCheckFixture.restingBuy(broker, "AAPL", "allocation:m-5");
    OrderReport ownSpy = EodCheckFixture.restingBuy(broker, "SPY", "allocation:m-5");

    IntentResult result = eod(EodSettings.defaults(), "eod-check:m-6", null);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.result().path("cancelled").findValues("orderId"))
        .extracting(JsonNode::intValue)
        .containsExactly(ownSpy.orderId());
    assertThat(result.result().path("otherOpenOrders").findValues("permId"))
        .extracting(JsonNode::longValue)
        .containsExactly(theirs.permId());
    assertThat(result.warnings()).extracting(Problem::code).contains("other-open-orders");
    assertThat(broker.openOrders())
        .extracting(OrderReport::permId)
        .containsExactlyInAnyOrder(theirs.permId(), ownAapl.permId());
  }

  @Test
  void executionsAreThisWorkersByOrderRef() {
    paper.clock.set(THURSDAY_1555);
    IbBroker other = paper.connect(9);
    EodCheckFixture.marketBuy(other, "SPY", "");
    EodCheckFixture.marketBuy(other, "SPY", "manual-hedge");
    EodCheckFixture.marketBuy(other, "QQQ", "close-all:m-3");
    EodCheckFixture.marketBuy(broker, "SPY", "daily-open");

    IntentResult result = eod(EodSettings.defaults(), "eod-check:m-8", null);

    assertThat(result.result().path("executions").findValuesAsString("orderRef"))
        .containsExactlyInAnyOrder("close-all:m-3", "daily-open");
    assertThat(broker.executions()).hasSize(4);
  }
}
