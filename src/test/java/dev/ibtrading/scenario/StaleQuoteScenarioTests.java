package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A quote older than {@code allocation.max-quote-age} (30 minutes by default) refuses the run
 * (issue 15, "Stale data refuses"), through {@code /allocation}: the paper gateway serves its
 * quotes as they stood a while ago ({@code PaperFaults.quotesOlderBy}), last-trade time included,
 * as a market data farm that stopped updating would. The bars are fresh; only the quote is old.
 */
class StaleQuoteScenarioTests extends ScenarioTestBase {
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Test
  void aQuoteTwoHoursOldFailsTheRunAndNothingIsPlaced() {
    paperGateway().faults().quotesOlderBy(Duration.ofHours(2));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("stale-market-data");
              assertThat(e.message())
                  .contains("SPY")
                  .contains("120 min")
                  .contains("allocation.max-quote-age 30 min");
            });
    assertThat(held("SPY")).isZero();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
  }

  @Test
  void aQuoteWithinTheLimitTrades() {
    paperGateway().faults().quotesOlderBy(Duration.ofMinutes(20));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.errorCodes()).isEmpty();
    assertThat(held("SPY")).isPositive();
  }
}
