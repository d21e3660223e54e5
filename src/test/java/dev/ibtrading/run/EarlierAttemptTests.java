package dev.ibtrading.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which orders belong to a run: exactly those whose {@code orderRef} is its run key. */
class EarlierAttemptTests {

  @Test
  void anOrderOfTheRunIsItsOwn() {
    assertThat(EarlierAttempt.ofRun("allocation:123", "allocation:123")).isTrue();
    assertThat(EarlierAttempt.ofRun("nightly-2026-12-04", "nightly-2026-12-04")).isTrue();
  }

  @Test
  void aRunIdThatIsAPrefixOfOtherRunKeysClaimsNoneOfTheirOrders() {
    // runId=allocation or runId=close-all are valid run keys; the worker derives
    // allocation:<messageId> and close-all:<messageId> for other runs.
    assertThat(EarlierAttempt.ofRun("allocation:123", "allocation")).isFalse();
    assertThat(EarlierAttempt.ofRun("close-all:9", "close-all")).isFalse();
    assertThat(EarlierAttempt.ofRun("nightly:retry", "nightly")).isFalse();
  }

  @Test
  void anOrderWithoutReferenceBelongsToNoRun() {
    assertThat(EarlierAttempt.ofRun(null, "allocation")).isFalse();
    assertThat(EarlierAttempt.ofRun("", "allocation")).isFalse();
  }
}
