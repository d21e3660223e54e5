package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Stale bars refused (issue 15), through the worker's endpoint: the scenario bars end on
 * 2025-03-31, so a run on Wednesday 16 April 2025 would decide on a bar twelve sessions old. It
 * ends {@code failed stale-market-data} and the gateway's account is untouched.
 */
class StaleMarketDataScenarioTests extends ScenarioTestBase {
  /** Wednesday 16 April 2025, 10:00 in New York; the previous session is 15 April. */
  private static final Instant TWO_WEEKS_AFTER_THE_LAST_BAR = Instant.parse("2025-04-16T14:00:00Z");

  @Test
  void anAllocationOnBarsTwoWeeksOldFailsAndPlacesNothing() {
    clock.pin(TWO_WEEKS_AFTER_THE_LAST_BAR);

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"spymacdvixy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("stale-market-data");
              assertThat(e.message()).contains("SPY").contains("2025-03-31").contains("2025-04-15");
            });
    assertThat(held("SPY")).isZero();
    assertThat(held("VIXY")).isZero();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
  }

  @Test
  void anEodCheckOnBarsTwoWeeksOldFailsBeforeMeasuringTheDrift() {
    Pushed bought = push(Intent.ALLOCATION, "{\"strategies\":[\"spymacdvixy\"]}");
    assertThat(bought.status()).isEqualTo(OutcomeStatus.OK);
    clock.pin(TWO_WEEKS_AFTER_THE_LAST_BAR);

    Pushed run = push(Intent.EOD_CHECK, "{\"flatten\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().errors())
        .extracting(Problem::code)
        .containsExactly("stale-market-data");
    assertThat(held("SPY")).as("not flattened on stale data").isPositive();
  }

  @Test
  void theSameRunTheDayAfterTheLastBarTrades() {
    clock.pin(Instant.parse("2025-04-01T14:00:00Z"));

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"spymacdvixy\"]}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.outcome().errors()).extracting(Problem::code).isEmpty();
    assertThat(held("VIXY")).isPositive();
  }
}
