package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A paper-mode worker logged in to an account without IB's paper prefix D (here the paper gateway's
 * account is {@value #LIVE_LOOKING}): it must not trade, since it may be a live login.
 */
@TestPropertySource(
    properties = "ib.paper.account=" + LiveAccountInPaperModeScenarioTests.LIVE_LOOKING)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveAccountInPaperModeScenarioTests extends ScenarioTestBase {
  static final String LIVE_LOOKING = "U1234567";

  @Test
  void anAllocationFailsAndPlacesNothing() {
    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.outcome().tradingMode()).isEqualTo(TradingMode.PAPER);
    assertThat(run.outcome().account()).isEqualTo(LIVE_LOOKING);
    assertThat(run.attributes())
        .containsEntry("status", "failed")
        .containsEntry("account", LIVE_LOOKING);
    assertThat(run.errorCodes()).containsExactly("live-account-in-paper-mode");
    assertThat(run.problem("live-account-in-paper-mode").message())
        .contains(LIVE_LOOKING)
        .contains("trading.mode=paper");
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }
}
