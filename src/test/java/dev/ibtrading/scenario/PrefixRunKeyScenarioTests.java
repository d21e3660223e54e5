package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Run keys that are prefixes of others' (issue 15): a run whose {@code runId} attribute is {@code
 * allocation} and a run keyed {@code allocation:<messageId>} from its message id each trade once;
 * neither takes the other's orders for its own earlier attempt.
 */
class PrefixRunKeyScenarioTests extends ScenarioTestBase {
  private static final String SPYMACDVIXY = "{\"strategies\":[\"spymacdvixy\"]}";

  /** Tuesday 1 April 2025, 10:00 in New York: bearish, so the second run has VIXY to buy. */
  private static final Instant BEARISH_DAY = Instant.parse("2025-04-01T14:00:00Z");

  /** Today's executions whose orderRef is exactly {@code runKey}. */
  private List<Fill> fillsOf(String runKey) {
    return broker.executions().stream().filter(f -> runKey.equals(f.orderRef())).toList();
  }

  @Test
  void aRunIdThatIsAPrefixOfAnotherRunsKeyStillTradesOnce() {
    Pushed derived = push(Intent.ALLOCATION, SPYMACDVIXY);
    assertThat(derived.runId()).startsWith("allocation:");
    assertThat(derived.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(fillsOf(derived.runId())).isNotEmpty();
    assertThat(held("SPY")).isPositive();

    clock.pin(BEARISH_DAY);
    Pushed prefix = push(Intent.ALLOCATION, SPYMACDVIXY, Map.of("runId", "allocation"));

    assertThat(prefix.runId()).isEqualTo("allocation");
    assertThat(prefix.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(prefix.warningCodes()).doesNotContain("already-placed");
    assertThat(fillsOf("allocation")).isNotEmpty();
    assertThat(held("VIXY")).isPositive();

    int fillsOfTheFirstAttempt = fillsOf("allocation").size();
    Pushed again = push(Intent.ALLOCATION, SPYMACDVIXY, Map.of("runId", "allocation"));

    // The same key again (a new message): a duplicate of its own run, nothing placed twice.
    assertThat(again.httpStatus()).isEqualTo(200);
    assertThat(fillsOf("allocation")).hasSize(fillsOfTheFirstAttempt);
  }
}
