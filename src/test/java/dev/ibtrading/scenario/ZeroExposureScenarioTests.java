package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code allocation.exposure=0} the {@code dummy} strategy is paused (issue 15): an allocation
 * leaves the SPY it would trade untouched at the gateway, says so, and sells nothing; only {@code
 * "targets": "zero"} sells it out.
 */
@TestPropertySource(properties = "allocation.exposure=0")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ZeroExposureScenarioTests extends ScenarioTestBase {
  @Test
  void anAllocationLeavesThePositionsUntouched() {
    handTrader().buy("SPY", new BigDecimal("17"));
    BigDecimal before = held("SPY");
    assertThat(before).isEqualByComparingTo("17");

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.outcome().warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("strategy-paused");
              assertThat(w.message()).contains("allocation.exposure is 0");
            });
    assertThat(run.result().path("planned").size()).isZero();
    assertThat(run.outcome().errors()).extracting(Problem::code).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(before);
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
  }

  @Test
  void explicitZeroTargetsSellThePausedStrategyOut() {
    handTrader().buy("SPY", new BigDecimal("17"));

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"],\"targets\":\"zero\"}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).doesNotContain("strategy-paused");
    assertThat(held("SPY")).isZero();
    assertThat(executionsOf(run.runId())).hasSize(1);
  }
}
