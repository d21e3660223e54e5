package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.paper.PaperSession;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A close-all whose closing order a person cancelled before any fill, redelivered after the
 * worker's gateway session was lost and a new one opened, once the run ledger has forgotten the
 * first attempt ({@code runs.remember-for} of a millisecond): that order is neither open nor
 * executed, so only the gateway's completed orders show it. The redelivery reports it and places no
 * second order.
 */
@TestPropertySource(properties = {"ib.paper.always-open=false", "runs.remember-for=1ms"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EndedUnfilledRestartScenarioTests extends ScenarioTestBase {
  private static final String RUN_KEY = "close-all-ended-unfilled";
  private static final int WORKER_CLIENT_ID = 1;

  @BeforeEach
  void gatewayClockOnTheTradingDay() {
    paperGateway().clock().set(TRADING_DAY);
  }

  @AfterEach
  void releaseTheGatewaysClock() {
    paperGateway().clock().release();
  }

  @Test
  void aRedeliveryInANewSessionFindsTheOrderThatEndedWithoutAFillAndPlacesNoOther() {
    handTrader().buy("SPY", new BigDecimal("10"));
    PaperOrderRules.of(paperGateway()).delayFills(Duration.ofHours(7));
    CompletableFuture<Pushed> running =
        CompletableFuture.supplyAsync(
            () -> push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}", Map.of("runId", RUN_KEY)));
    await().atMost(Duration.ofSeconds(30)).until(() -> !openOrdersOf(RUN_KEY).isEmpty());
    handTrader().broker().cancelAllOrders(); // a person cancels it in TWS
    Pushed first = running.join();
    assertThat(first.status()).isNotEqualTo(OutcomeStatus.OK);
    assertThat(executionsOf(RUN_KEY)).isEmpty();

    restartWorkerSession();
    Pushed again = push(Intent.CLOSE_ALL, "{\"scope\":\"own\"}", Map.of("runId", RUN_KEY));

    assertThat(again.httpStatus()).isEqualTo(200);
    Outcome answer = OutcomeJson.read(again.answer());
    assertThat(answer.trigger().messageId()).isNotEqualTo(first.outcome().trigger().messageId());
    assertThat(answer.warnings()).extracting(Problem::code).contains("already-placed");
    assertThat(answer.status()).isEqualTo(OutcomeStatus.PARTIAL);
    assertThat(answer.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("order-ended-unfilled");
              assertThat(p.message())
                  .contains("(SELL 10 SPY) of an earlier attempt ended Cancelled with 0 filled");
            });
    assertThat(openOrdersOf(RUN_KEY)).as("no second order working").isEmpty();
    assertThat(ordersOfRunAtGateway()).as("one order of the run at the gateway").hasSize(1);
    assertThat(held("SPY")).as("nothing sold").isEqualByComparingTo("10");
  }

  /** The gateway drops the worker's session; waits until the worker is in a new one. */
  private void restartWorkerSession() {
    PaperSession before = workerSession();
    paperGateway().faults().dropAllSessions();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              PaperSession now = workerSession();
              return now != null
                  && now != before
                  && broker.connectionState() == ConnectionState.CONNECTED;
            });
  }

  private PaperSession workerSession() {
    return paperGateway().sessions().stream()
        .filter(s -> s.clientId() == WORKER_CLIENT_ID)
        .findFirst()
        .orElse(null);
  }

  /** Every order carrying the run key the gateway knows today: open or ended. */
  private List<OrderReport> ordersOfRunAtGateway() {
    List<OrderReport> completed =
        broker.completedOrders().stream()
            .filter(o -> ofRun(o.description().orderRef(), RUN_KEY))
            .toList();
    return Stream.concat(completed.stream(), openOrdersOf(RUN_KEY).stream()).toList();
  }
}
