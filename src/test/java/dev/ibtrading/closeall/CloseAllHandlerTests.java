package dev.ibtrading.closeall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Close-all runs against the paper gateway over real sockets. Every test starts from the same
 * account: managed positions SPY +20 and QQQ -10, AAPL +10 bought by another client, a resting SELL
 * SPY order of this worker, and two resting BUY orders of the other client (AAPL, SPY).
 */
class CloseAllHandlerTests extends PaperCloseAllTestSupport {
  private OrderReport ownOrder;
  private OrderReport otherAapl;
  private OrderReport otherSpy;

  @BeforeEach
  void account() {
    hold("SPY", "20");
    hold("QQQ", "-10");
    buy(otherClient, "AAPL", 10);
    ownOrder = resting(broker, "SPY", OrderSide.SELL, 5);
    otherAapl = resting(otherClient, "AAPL", OrderSide.BUY, 5);
    otherSpy = resting(otherClient, "SPY", OrderSide.BUY, 1);
  }

  private IntentResult run(String runKey, CloseAllScope scope, boolean dryRun, boolean trading) {
    return handler(broker, CloseAllSettings.defaults())
        .run(context(runKey, options(scope, dryRun), trading));
  }

  @Test
  void scopeOwnClosesManagedPositionsAndLeavesTheOtherClientAlone() {
    IntentResult result = run("close-own", CloseAllScope.OWN, false, true);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.errors()).isEmpty();
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isZero();
    assertThat(paper.held("AAPL")).isEqualByComparingTo("10");
    assertThat(otherClient.ownOpenOrders())
        .extracting(OrderReport::permId)
        .containsExactlyInAnyOrder(otherAapl.permId(), otherSpy.permId());
    assertThat(broker.ownOpenOrders()).isEmpty();
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("other-client-order");
    assertThat(result.warnings().get(0).message()).contains("BUY 1 SPY");

    JsonNode json = result.result();
    assertThat(json.path("scope").stringValue()).isEqualTo("own");
    assertThat(json.path("cancelled").size()).isEqualTo(1);
    assertThat(json.path("cancelled").get(0).path("orderId").intValue())
        .isEqualTo(ownOrder.orderId());
    assertThat(json.path("cancelled").get(0).path("status").stringValue()).isEqualTo("cancelled");
    assertThat(json.path("orders").findValuesAsString("status")).containsOnly("filled");
    assertThat(json.path("orders").findValuesAsString("orderRef")).containsOnly("close-own");
    assertThat(side(json, "SPY")).isEqualTo("sell");
    assertThat(side(json, "QQQ")).isEqualTo("buy");
    assertThat(json.path("positionsBefore").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("SPY", "QQQ");
    assertThat(json.path("positionsAfter").size()).isZero();
    assertThat(json.path("leftAlone").get(0).path("symbol").stringValue()).isEqualTo("AAPL");
  }

  @Test
  void scopeAllClosesEverythingAndCancelsOtherClientsOrders() {
    IntentResult result = run("close-every", CloseAllScope.ALL, false, true);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isZero();
    assertThat(paper.held("AAPL")).isZero();
    assertThat(broker.openOrders()).isEmpty();
    assertThat(otherClient.ownOpenOrders()).isEmpty();

    JsonNode json = result.result();
    assertThat(json.path("cancelled").findValuesAsString("status"))
        .containsExactly("cancelled", "cancelled", "cancelled");
    assertThat(json.path("cancelled").findValues("permId"))
        .extracting(JsonNode::longValue)
        .containsExactlyInAnyOrder(ownOrder.permId(), otherAapl.permId(), otherSpy.permId());
    assertThat(json.path("orders").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("SPY", "QQQ", "AAPL");
    assertThat(json.path("orders").findValuesAsString("status")).containsOnly("filled");
    assertThat(json.path("leftAlone").size()).isZero();
  }

  @Test
  void aDryRunReportsWhatItWouldDoAndChangesNothing() {
    IntentResult result = run("close-dry", CloseAllScope.ALL, true, true);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertUntouched();
    JsonNode json = result.result();
    assertThat(json.path("dryRun").booleanValue()).isTrue();
    assertThat(json.path("cancelled").size()).isEqualTo(3);
    assertThat(json.path("cancelled").findValuesAsString("status")).doesNotContain("cancelled");
    assertThat(json.path("planned").size()).isEqualTo(3);
    assertThat(plannedQuantity(json, "QQQ")).isEqualByComparingTo("10");
    assertThat(json.path("orders").size()).isZero();
    assertThat(json.get("positionsAfter").isNull()).isTrue();
  }

  @Test
  void theKillSwitchReportsWhatItWouldDoAndSkips() {
    IntentResult result = run("close-off", CloseAllScope.OWN, false, false);

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings()).extracting(Problem::code).contains("trading-disabled");
    assertUntouched();
    JsonNode json = result.result();
    assertThat(json.path("cancelled").size()).isEqualTo(1);
    assertThat(json.path("planned").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("SPY", "QQQ");
    assertThat(plannedQuantity(json, "SPY")).isEqualByComparingTo("20");
  }

  @Test
  void aRedeliveryAfterARestartReportsTheFirstAttemptAndPlacesNothing() {
    run("close-twice", CloseAllScope.OWN, false, true);
    int executions = broker.executions().size();
    hold("SPY", "7"); // bought after the first attempt: a second attempt must not sell it
    IbBroker restarted = connect(8);

    IntentResult second =
        handler(restarted, CloseAllSettings.defaults())
            .run(context("close-twice", options(CloseAllScope.OWN, false), true));

    assertThat(second.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(second.warnings()).extracting(Problem::code).containsExactly("already-placed");
    assertThat(paper.held("SPY")).isEqualByComparingTo("7");
    assertThat(restarted.executions()).hasSize(executions);
    JsonNode json = second.result();
    BigDecimal closed = BigDecimal.ZERO;
    for (JsonNode execution : json.path("executions")) {
      closed = closed.add(execution.path("shares").decimalValue());
    }
    assertThat(closed).isEqualByComparingTo("30"); // 20 SPY sold, 10 QQQ bought back
    assertThat(json.path("executions").findValuesAsString("orderRef")).containsOnly("close-twice");
    assertThat(json.get("positionsAfter").isNull()).isTrue();
  }

  private void assertUntouched() {
    assertThat(paper.held("SPY")).isEqualByComparingTo("20");
    assertThat(paper.held("QQQ")).isEqualByComparingTo("-10");
    assertThat(paper.held("AAPL")).isEqualByComparingTo("10");
    assertThat(broker.openOrders()).hasSize(3);
  }

  private static String side(JsonNode result, String symbol) {
    for (JsonNode order : result.path("orders")) {
      if (order.path("symbol").stringValue().equals(symbol)) {
        return order.path("side").stringValue();
      }
    }
    throw new AssertionError("no order for " + symbol + " in " + result.path("orders"));
  }

  private static BigDecimal plannedQuantity(JsonNode result, String symbol) {
    for (JsonNode order : result.path("planned")) {
      if (order.path("symbol").stringValue().equals(symbol)) {
        return order.path("quantity").decimalValue();
      }
    }
    throw new AssertionError("no planned order for " + symbol + " in " + result.path("planned"));
  }
}
