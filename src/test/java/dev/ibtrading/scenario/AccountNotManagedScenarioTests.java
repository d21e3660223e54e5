package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code ib.account} names an account the gateway's login does not manage (it manages {@code
 * DU0000001}): the worker must not trade, neither that account nor another. The account is read
 * through a second client connection, which sees the login's only account.
 */
@TestPropertySource(properties = "ib.account=" + AccountNotManagedScenarioTests.FOREIGN)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccountNotManagedScenarioTests extends ScenarioTestBase {
  static final String FOREIGN = "DU7654321";

  @Test
  void anAllocationFailsAndPlacesNothing() {
    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.errorCodes()).containsExactly("account-not-managed");
    assertThat(run.problem("account-not-managed").message())
        .contains(FOREIGN)
        .contains(paperGateway().config().account());
    HandTrader account = handTrader();
    assertThat(account.broker().executions()).noneMatch(f -> ofRun(f.orderRef(), run.runId()));
    assertThat(account.broker().openOrders()).isEmpty();
    assertThat(account.broker().positions()).isEmpty();
  }
}
