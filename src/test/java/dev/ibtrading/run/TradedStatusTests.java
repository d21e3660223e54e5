package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a run that traded ends, from its errors and whether all is done. */
class TradedStatusTests {
  private static final Set<String> NOT_DONE_YET = Set.of("order-unconfirmed");
  private static final Problem REFUSED = new Problem("order-refused", "no shorting");
  private static final Problem LOST = new Problem("order-unconfirmed", "the answer was lost");

  @Test
  void aRefusalFailsTheRunWhateverElseHappened() {
    assertThat(TradedStatus.of(List.of(LOST, REFUSED), NOT_DONE_YET, true))
        .isEqualTo(OutcomeStatus.FAILED);
  }

  @Test
  void anErrorThatIsNotDoneYetLeavesTheRunPartial() {
    assertThat(TradedStatus.of(List.of(LOST), NOT_DONE_YET, true)).isEqualTo(OutcomeStatus.PARTIAL);
  }

  @Test
  void anErrorNobodyClassifiedFailsTheRun() {
    // Fails closed: a code the intent does not list as under way is never taken for unfinished.
    Problem unheardOf = new Problem("margin-call-liquidation", "a code no intent lists");

    assertThat(TradedStatus.of(List.of(unheardOf), NOT_DONE_YET, true))
        .isEqualTo(OutcomeStatus.FAILED);
    assertThat(TradedStatus.of(List.of(LOST, unheardOf), NOT_DONE_YET, false))
        .isEqualTo(OutcomeStatus.FAILED);
  }

  @Test
  void withoutErrorsTheRunIsOkOnlyWhenAllIsDone() {
    assertThat(TradedStatus.of(List.of(), NOT_DONE_YET, true)).isEqualTo(OutcomeStatus.OK);
    assertThat(TradedStatus.of(List.of(), NOT_DONE_YET, false)).isEqualTo(OutcomeStatus.PARTIAL);
  }
}
