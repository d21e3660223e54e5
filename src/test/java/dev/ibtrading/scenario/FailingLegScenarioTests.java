package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A failing leg (issue 15), through the worker's endpoint: on the bearish day spymacdvixy sells the
 * SPY of the bullish day and buys VIXY; with VIXY's orders rejected by the gateway the SPY leg is
 * still placed and filled, and the VIXY leg is listed in {@code errors}; the run is {@code failed}.
 */
class FailingLegScenarioTests extends ScenarioTestBase {
  private static final String SPYMACDVIXY = "{\"strategies\":[\"spymacdvixy\"]}";

  /** Tuesday 1 April 2025, 10:00 in New York: bearish. */
  private static final Instant BEARISH_DAY = Instant.parse("2025-04-01T14:00:00Z");

  @Test
  void aRejectedLegIsListedAndTheOtherLegIsPlaced() {
    assertThat(push(Intent.ALLOCATION, SPYMACDVIXY).status()).isEqualTo(OutcomeStatus.OK);
    assertThat(held("SPY")).isPositive();
    clock.pin(BEARISH_DAY);
    PaperOrderRules.of(paperGateway())
        .rejectWhen(t -> t.symbol().equals("VIXY"), "no trading in VIXY today");

    Pushed run = push(Intent.ALLOCATION, SPYMACDVIXY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isIn("order-rejected", "order-refused");
              assertThat(e.message()).contains("VIXY");
            });
    assertThat(held("SPY")).as("the independent SELL SPY leg").isZero();
    assertThat(held("VIXY")).isZero();
    assertThat(executionsOf(run.runId()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.contract().symbol()).isEqualTo("SPY"));
  }
}
