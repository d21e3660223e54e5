package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An eod-check redelivered after a restart, through the worker's endpoint: its earlier attempt
 * (before the restart, so the run ledger has forgotten it) flattened SPY. Like every other trading
 * intent it reports that attempt and does nothing again, also when the targets' market data has
 * gone stale meanwhile (the scenario bars end on 2025-03-31).
 */
class EodCheckRedeliveryScenarioTests extends ScenarioTestBase {
  /** Wednesday 16 April 2025, 10:00 in New York: the last bar is twelve sessions old. */
  private static final Instant TWO_WEEKS_AFTER_THE_LAST_BAR = Instant.parse("2025-04-16T14:00:00Z");

  private static final String RUN_KEY = "eod-check-redelivered";

  @Test
  void aRedeliveryOnStaleDataReportsItsEarlierAttemptInsteadOfFailing() {
    clock.pin(TWO_WEEKS_AFTER_THE_LAST_BAR);
    handTrader().buy("SPY", new BigDecimal("10"));
    // The earlier attempt, on the worker's own session: its flattening order, run key as orderRef.
    Contract spy = broker.contract(Instrument.usStock("SPY"));
    OrderReport flattened =
        broker.placeOrder(OrderRequest.market(spy, OrderSide.SELL, new BigDecimal("10"), RUN_KEY));
    assertThat(broker.awaitOrder(flattened.orderId(), Duration.ofSeconds(30)).status())
        .isEqualTo(OrderStatus.FILLED);
    handTrader().buy("SPY", new BigDecimal("4")); // after the attempt: never to be sold by it

    Pushed run = push(Intent.EOD_CHECK, "{\"flatten\":true}", Map.of("runId", RUN_KEY));

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.runId()).isEqualTo(RUN_KEY);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.errorCodes()).isEmpty();
    assertThat(run.warningCodes()).contains("already-placed", "stale-market-data");
    assertThat(run.problem("stale-market-data").message()).contains("no drift measured");
    assertThat(run.result().path("drift").size()).isZero();
    // The worker's executions of the day: other scenarios' runs in this context too.
    assertThat(run.result().path("executions").findValuesAsString("orderRef")).contains(RUN_KEY);
    assertThat(executionsOf(RUN_KEY)).hasSize(1);
    assertThat(held("SPY")).as("not flattened again").isEqualByComparingTo("4");
  }
}
