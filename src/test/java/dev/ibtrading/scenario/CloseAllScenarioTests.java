package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.CloseAllResults.averagePrice;
import static dev.ibtrading.scenario.CloseAllResults.cancelledPermIds;
import static dev.ibtrading.scenario.CloseAllResults.entry;
import static dev.ibtrading.scenario.CloseAllResults.quantity;
import static dev.ibtrading.scenario.CloseAllResults.shares;
import static dev.ibtrading.scenario.CloseAllResults.symbols;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /close-all} on the account of {@link CloseAllScenarioTestBase}: scope {@code own}
 * closes the managed SPY and cancels this worker's order only, scope {@code all} closes and cancels
 * everything, a dry run changes nothing. Checked at the paper gateway (positions, open orders of
 * every client, executions by run id) and in the outcome.
 */
class CloseAllScenarioTests extends CloseAllScenarioTestBase {

  @Test
  void scopeOwnClosesTheManagedPositionAndCancelsOnlyThisWorkersOrder() {
    Pushed run = push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.attributes())
        .containsEntry("intent", "close-all")
        .containsEntry("status", "ok")
        .containsEntry("runId", run.runId());
    assertThat(run.errorCodes()).isEmpty();
    assertThat(run.warningCodes()).containsExactly("other-client-order");
    assertThat(run.problem("other-client-order").message()).contains("BUY 1 SPY");
    // The gateway: SPY flat, AAPL and the other client's order untouched, ours cancelled.
    assertThat(held("SPY")).isZero();
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(handTrader().held("AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(openPermIds()).containsExactly(otherOrder.permId());
    assertThat(broker.ownOpenOrders()).isEmpty();
    List<Fill> fills = executionsOf(run.runId());
    assertThat(fills).allSatisfy(f -> assertThat(f.contract().symbol()).isEqualTo("SPY"));
    assertThat(shares(fills, "SPY", OrderSide.SELL)).isEqualByComparingTo(spyShares);
    // The outcome.
    JsonNode result = run.result();
    assertThat(result.path("scope").asString()).isEqualTo("own");
    assertThat(result.path("dryRun").booleanValue()).isFalse();
    assertThat(cancelledPermIds(run)).containsExactly(ownOrder.permId());
    JsonNode cancelled = result.path("cancelled").get(0);
    assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
    assertThat(cancelled.path("orderRef").asString()).isEqualTo(EARLIER_RUN);
    assertThat(quantity(run, "planned", "SPY")).isEqualByComparingTo(spyShares);
    assertThat(symbols(run, "orders")).containsExactly("SPY");
    JsonNode order = entry(run, "orders", "SPY");
    assertThat(order.path("side").asString()).isEqualTo("sell");
    assertThat(order.path("type").asString()).isEqualTo("mkt");
    assertThat(order.path("status").asString()).isEqualTo("filled");
    assertThat(order.path("filled").decimalValue()).isEqualByComparingTo(spyShares);
    assertThat(order.path("orderRef").asString()).isEqualTo(run.runId());
    assertThat(order.path("averagePrice").decimalValue())
        .isCloseTo(averagePrice(fills), within(new BigDecimal("0.0001")));
    assertThat(symbols(run, "positionsBefore")).containsExactly("SPY");
    assertThat(quantity(run, "positionsBefore", "SPY")).isEqualByComparingTo(spyShares);
    assertThat(result.path("positionsAfter").isArray()).isTrue();
    assertThat(result.path("positionsAfter")).isEmpty();
    assertThat(symbols(run, "leftAlone")).containsExactly("AAPL");
    assertThat(quantity(run, "leftAlone", "AAPL")).isEqualByComparingTo(AAPL_SHARES);
  }

  @Test
  void scopeAllClosesEveryPositionAndCancelsEveryClientsOrders() {
    BigDecimal vixyShort = new BigDecimal("50");
    sellShortByHand("VIXY", vixyShort);

    Pushed run = push(Intent.CLOSE_ALL, "{\"scope\":\"all\"}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.errorCodes()).isEmpty();
    assertThat(run.warningCodes()).isEmpty();
    // The gateway: flat, no order of any client open.
    assertThat(openPositions()).isEmpty();
    assertThat(openPermIds()).isEmpty();
    assertThat(handTrader().broker().ownOpenOrders()).isEmpty();
    List<Fill> fills = executionsOf(run.runId());
    assertThat(shares(fills, "SPY", OrderSide.SELL)).isEqualByComparingTo(spyShares);
    assertThat(shares(fills, "AAPL", OrderSide.SELL)).isEqualByComparingTo(AAPL_SHARES);
    assertThat(shares(fills, "VIXY", OrderSide.BUY)).isEqualByComparingTo(vixyShort);
    // The outcome.
    JsonNode result = run.result();
    assertThat(result.path("scope").asString()).isEqualTo("all");
    assertThat(cancelledPermIds(run))
        .containsExactlyInAnyOrder(ownOrder.permId(), otherOrder.permId());
    assertThat(result.path("cancelled").findValuesAsString("status"))
        .containsExactly("cancelled", "cancelled");
    assertThat(symbols(run, "orders")).containsExactlyInAnyOrder("SPY", "AAPL", "VIXY");
    assertThat(result.path("orders").findValuesAsString("status")).containsOnly("filled");
    assertThat(result.path("orders").findValuesAsString("orderRef")).containsOnly(run.runId());
    assertThat(entry(run, "orders", "VIXY").path("side").asString()).isEqualTo("buy");
    assertThat(entry(run, "orders", "AAPL").path("side").asString()).isEqualTo("sell");
    assertThat(quantity(run, "positionsBefore", "SPY")).isEqualByComparingTo(spyShares);
    assertThat(quantity(run, "positionsBefore", "AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(quantity(run, "positionsBefore", "VIXY")).isEqualByComparingTo(vixyShort.negate());
    assertThat(result.path("positionsAfter")).isEmpty();
    assertThat(result.path("leftAlone")).isEmpty();
  }

  @Test
  void aDryRunReportsWhatItWouldCancelAndPlaceAndChangesNothing() {
    Pushed run = push(Intent.CLOSE_ALL, "{\"scope\":\"all\",\"dryRun\":true}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.errorCodes()).isEmpty();
    // The gateway: as before.
    assertThat(held("SPY")).isEqualByComparingTo(spyShares);
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(openPermIds()).containsExactlyInAnyOrder(ownOrder.permId(), otherOrder.permId());
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    // The outcome: what it would do.
    JsonNode result = run.result();
    assertThat(result.path("dryRun").booleanValue()).isTrue();
    assertThat(cancelledPermIds(run))
        .containsExactlyInAnyOrder(ownOrder.permId(), otherOrder.permId());
    assertThat(result.path("cancelled").findValuesAsString("status")).doesNotContain("cancelled");
    assertThat(symbols(run, "planned")).containsExactlyInAnyOrder("SPY", "AAPL");
    assertThat(entry(run, "planned", "SPY").path("side").asString()).isEqualTo("sell");
    assertThat(quantity(run, "planned", "SPY")).isEqualByComparingTo(spyShares);
    assertThat(quantity(run, "planned", "AAPL")).isEqualByComparingTo(AAPL_SHARES);
    assertThat(result.path("orders")).isEmpty();
    assertThat(symbols(run, "positionsBefore")).containsExactlyInAnyOrder("SPY", "AAPL");
    assertThat(result.path("positionsAfter").isNull()).isTrue();
  }
}
