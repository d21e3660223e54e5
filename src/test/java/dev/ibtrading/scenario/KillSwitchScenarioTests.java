package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The kill switch ({@code trading.enabled=false}): the allocation plans, reports and places
 * nothing.
 */
@TestPropertySource(properties = "trading.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KillSwitchScenarioTests extends ScenarioTestBase {

  @Test
  void anAllocationWithTradingDisabledIsSkippedWithItsPlanAndPlacesNothing() {
    BigDecimal spyShares = netLiquidation().divide(referencePrice("SPY"), 0, RoundingMode.DOWN);

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(run.attributes()).containsEntry("status", "skipped");
    assertThat(run.warningCodes()).contains("trading-disabled");
    assertThat(run.errorCodes()).isEmpty();
    assertThat(planned(run, "SPY").path("quantity").decimalValue()).isEqualByComparingTo(spyShares);
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }
}
