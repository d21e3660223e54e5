package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a run that traded ends, from its errors and whether all is done. */
class TradedStatusTests {
  private static final Set<String> REFUSALS = Set.of("order-refused");
  private static final Problem REFUSED = new Problem("order-refused", "no shorting");
  private static final Problem LOST = new Problem("order-unconfirmed", "the answer was lost");

  @Test
  void aRefusalFailsTheRunWhateverElseHappened() {
    assertThat(TradedStatus.of(List.of(LOST, REFUSED), REFUSALS::contains, true))
        .isEqualTo(OutcomeStatus.FAILED);
  }

  @Test
  void anErrorThatIsNoRefusalLeavesTheRunPartial() {
    assertThat(TradedStatus.of(List.of(LOST), REFUSALS::contains, true))
        .isEqualTo(OutcomeStatus.PARTIAL);
  }

  @Test
  void withoutErrorsTheRunIsOkOnlyWhenAllIsDone() {
    assertThat(TradedStatus.of(List.of(), REFUSALS::contains, true)).isEqualTo(OutcomeStatus.OK);
    assertThat(TradedStatus.of(List.of(), REFUSALS::contains, false))
        .isEqualTo(OutcomeStatus.PARTIAL);
  }
}
