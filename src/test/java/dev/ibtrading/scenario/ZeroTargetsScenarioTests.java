package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code "targets": "zero"} (issue 15, "Zero means paused": the explicit way to sell out), through
 * {@code /allocation}: the strategy's traded instruments are sold to 0 at the gateway, hand-made
 * positions outside them are not touched, a dry run sells nothing, and a second delivery of the run
 * sells nothing more. {@code dummy} trades SPY; AAPL is outside the managed universe here.
 */
class ZeroTargetsScenarioTests extends ScenarioTestBase {
  private static final String SELL_OUT = "{\"strategies\":[\"dummy\"],\"targets\":\"zero\"}";
  private static final BigDecimal SPY = new BigDecimal("3");
  private static final BigDecimal AAPL = new BigDecimal("5");

  @Test
  void theStrategysInstrumentsAreSoldOutAndNothingElse() {
    handTrader().buy("SPY", SPY);
    handTrader().buy("AAPL", AAPL);

    Pushed run = push(Intent.ALLOCATION, SELL_OUT);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("diagnostics").path("dummy").path("targets").asString())
        .isEqualTo("zero");
    assertThat(run.result().path("signals")).isEmpty();
    assertThat(planned(run, "SPY").path("side").asString()).isEqualTo("sell");
    assertThat(planned(run, "SPY").path("quantity").decimalValue()).isEqualByComparingTo(SPY);
    assertThat(held("SPY")).isZero();
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL);
    assertThat(executionsOf(run.runId()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.side()).isEqualTo(OrderSide.SELL);
              assertThat(f.shares()).isEqualByComparingTo(SPY);
            });
  }

  @Test
  void aDryRunPlansTheSaleAndSellsNothing() {
    handTrader().buy("SPY", SPY);

    Pushed run =
        push(
            Intent.ALLOCATION, "{\"strategies\":[\"dummy\"],\"targets\":\"zero\",\"dryRun\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(planned(run, "SPY").path("quantity").decimalValue()).isEqualByComparingTo(SPY);
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(SPY);
    assertThat(executionsOf(run.runId())).isEmpty();
  }

  @Test
  void aSecondDeliveryOfTheRunSellsNothingMore() {
    handTrader().buy("SPY", SPY);
    Map<String, String> runId = Map.of("runId", "sell-out-once");

    Pushed first = push(Intent.ALLOCATION, SELL_OUT, runId);
    handTrader().buy("SPY", SPY);
    Pushed again = push(Intent.ALLOCATION, SELL_OUT, runId);

    assertThat(first.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(again.httpStatus()).isEqualTo(200);
    assertThat(executionsOf("sell-out-once"))
        .extracting(Fill::shares)
        .singleElement()
        .satisfies(shares -> assertThat(shares).isEqualByComparingTo(SPY));
    assertThat(held("SPY"))
        .as("bought again after the run: not sold twice")
        .isEqualByComparingTo(SPY);
  }

  @Test
  void anUnknownTargetsValueIsRejected() {
    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"],\"targets\":\"none\"}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.REJECTED);
    assertThat(run.problem("invalid-options").message()).contains("targets");
  }
}
