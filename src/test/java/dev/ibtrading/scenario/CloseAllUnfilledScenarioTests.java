package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.CloseAllResults.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A close-all whose closing order ends without filling while the run waits for it, someone else
 * ending it: the position is still there, so the run is never {@code ok}. The closing order is held
 * working ({@link PaperOrderRules#delayFills}, on the gateway's clock, which the test holds still)
 * until the test ends it. The paper gateway keeps NYSE's hours here, so that a DAY order expires at
 * the close.
 */
@TestPropertySource(properties = "ib.paper.always-open=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CloseAllUnfilledScenarioTests extends ScenarioTestBase {
  /** Thursday 2 January 2025, 16:00 in New York: the close, when a DAY order ends. */
  private static final Instant THE_CLOSE = Instant.parse("2025-01-02T21:00:00Z");

  private static final BigDecimal SPY_SHARES = new BigDecimal("10");

  @BeforeEach
  void spyHeldAndFillsHeldBack() {
    paperGateway().clock().set(TRADING_DAY);
    handTrader().buy("SPY", SPY_SHARES);
    PaperOrderRules.of(paperGateway()).delayFills(Duration.ofHours(1));
  }

  @AfterEach
  void releaseTheGatewaysClock() {
    paperGateway().clock().release();
  }

  @Test
  void aClosingOrderThatExpiresUnfilledLeavesTheRunPartialAndSaysWhy() {
    CompletableFuture<Pushed> running = closeAllAsync();
    awaitClosingOrder();
    // The paper gateway ends a DAY order at the close with an ORDER_STATUS Cancelled, no error.
    paperGateway().clock().set(THE_CLOSE);
    Pushed run = running.join();

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(run.attributes()).containsEntry("status", "partial");
    assertThat(run.errorCodes()).containsExactly("order-ended-unfilled");
    assertThat(run.problem("order-ended-unfilled").message())
        .startsWith("closing order ")
        .contains("(SELL 10 SPY) is Cancelled with 0 filled")
        .contains("no error from the broker");
    assertThat(held("SPY")).as("SPY at the gateway").isEqualByComparingTo(SPY_SHARES);
    assertThat(quantity(run, "positionsAfter", "SPY")).isEqualByComparingTo(SPY_SHARES);
    assertThat(run.result().path("orders").get(0).path("status").asString()).isEqualTo("cancelled");
  }

  @Test
  void aClosingOrderCancelledByAnotherClientIsNeverOk() {
    CompletableFuture<Pushed> running = closeAllAsync();
    awaitClosingOrder();
    // A global cancel from another connection, as a person in TWS or another program may send.
    handTrader().broker().cancelAllOrders();
    Pushed run = running.join();

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isNotEqualTo(OutcomeStatus.OK);
    // The owner hears of the cancel as IB's 202 "Order Canceled - reason:", which the worker
    // reports as the order's error (order-rejected, status failed).
    assertThat(run.outcome().errors())
        .anySatisfy(p -> assertThat(p.message()).contains("(SPY)").contains("202"));
    assertThat(held("SPY")).as("SPY at the gateway").isEqualByComparingTo(SPY_SHARES);
  }

  private CompletableFuture<Pushed> closeAllAsync() {
    return CompletableFuture.supplyAsync(() -> push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}"));
  }

  /** Waits until the run's closing order works at the gateway. */
  private void awaitClosingOrder() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                broker.openOrders().stream()
                    .map(OrderReport::request)
                    .anyMatch(r -> r != null && r.orderRef().startsWith("close-all:")));
  }
}
