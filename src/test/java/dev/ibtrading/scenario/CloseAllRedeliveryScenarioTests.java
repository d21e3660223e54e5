package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A close-all redelivered once the run ledger has forgotten its first attempt ({@code
 * runs.remember-for} of a millisecond stands in for the retention passing), whose closing order
 * filled in part and then expired at the close: the redelivery finds that attempt at the broker,
 * places nothing again, and ends as the attempt did, {@code partial}, not {@code ok}. The closing
 * order fills its first half at once and the second ({@link PaperOrderRules#partialFills}) only
 * after the close, on the gateway's clock, which the test holds still.
 */
@TestPropertySource(properties = {"ib.paper.always-open=false", "runs.remember-for=1ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CloseAllRedeliveryScenarioTests extends ScenarioTestBase {
  /** Thursday 2 January 2025, 16:00 in New York: the close, when a DAY order ends. */
  private static final Instant THE_CLOSE = Instant.parse("2025-01-02T21:00:00Z");

  private static final String RUN_KEY = "close-all-redelivered";

  @BeforeEach
  void spyHeldAndHalfOfEachOrderFilledBeforeTheClose() {
    paperGateway().clock().set(TRADING_DAY);
    handTrader().buy("SPY", new BigDecimal("10"));
    PaperOrderRules.of(paperGateway()).partialFills(2, Duration.ofHours(7));
  }

  @AfterEach
  void releaseTheGatewaysClock() {
    paperGateway().clock().release();
  }

  @Test
  void aRedeliveryWhoseEarlierOrderEndedHalfFilledIsPartialAsTheAttemptWas() {
    CompletableFuture<Pushed> running =
        CompletableFuture.supplyAsync(
            () -> push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}", Map.of("runId", RUN_KEY)));
    awaitClosingOrder();
    paperGateway().clock().set(THE_CLOSE);
    Pushed first = running.join();
    assertThat(first.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(first.errorCodes()).containsExactly("order-ended-unfilled");
    assertThat(held("SPY")).isEqualByComparingTo("5");

    Pushed again = push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}", Map.of("runId", RUN_KEY));

    assertThat(again.httpStatus()).isEqualTo(200);
    // The answer, not again.outcome(): push reads the first outcome published for the run key,
    // which is the first attempt's.
    Outcome answer = OutcomeJson.read(again.answer());
    assertThat(answer.trigger().messageId()).isNotEqualTo(first.outcome().trigger().messageId());
    assertThat(answer.warnings()).extracting(Problem::code).containsExactly("already-placed");
    assertThat(answer.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(answer.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("order-ended-unfilled");
              assertThat(p.message())
                  .contains("(SELL 10 SPY) of an earlier attempt ended Cancelled with 5 filled");
            });
    assertThat(executionsOf(RUN_KEY)).hasSize(1);
    assertThat(held("SPY")).as("nothing sold again").isEqualByComparingTo("5");
  }

  /** Waits until the run's closing order works at the gateway. */
  private void awaitClosingOrder() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                broker.openOrders().stream()
                    .map(OrderReport::request)
                    .anyMatch(r -> r != null && RUN_KEY.equals(r.orderRef())));
  }
}
