package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTests {
  private static final Duration MIN = Duration.ofMillis(100);
  private static final Duration MAX = Duration.ofSeconds(5);

  @Test
  void eachDelayLiesBetweenHalfItsCeilingAndTheCeilingNeverBelowTheMinimum() {
    Backoff backoff = new Backoff(MIN, MAX, new Random(1));

    for (int attempt = 0; attempt < 20; attempt++) {
      long ceiling = Math.min(MAX.toMillis(), MIN.toMillis() << attempt);
      long floor = Math.max(MIN.toMillis(), ceiling / 2);

      assertThat(backoff.next().toMillis()).as("attempt %d", attempt).isBetween(floor, ceiling);
    }
  }

  @Test
  void growsExponentiallyUntilTheCap() {
    Backoff backoff = new Backoff(MIN, MAX, new Random(2));

    List<Long> delays = millis(backoff, 12);

    // Half of each ceiling doubles: attempt 3 waits at least 400 ms, attempt 5 at least 1600 ms.
    assertThat(delays.get(0)).isEqualTo(100);
    assertThat(delays.get(3)).isGreaterThanOrEqualTo(400);
    assertThat(delays.get(5)).isGreaterThanOrEqualTo(1600);
    assertThat(delays.subList(6, 12)).allSatisfy(d -> assertThat(d).isBetween(2500L, 5000L));
  }

  @Test
  void jitterSpreadsTheDelaysOfTheSameAttempt() {
    Backoff backoff = new Backoff(MIN, MAX, new Random(3));
    millis(backoff, 8); // at the cap from here

    assertThat(new java.util.HashSet<>(millis(backoff, 20))).hasSizeGreaterThan(15);
  }

  @Test
  void theSameSeedGivesTheSameDelaysAndAnotherSeedOtherOnes() {
    List<Long> first = millis(new Backoff(MIN, MAX, new Random(42)), 10);
    List<Long> again = millis(new Backoff(MIN, MAX, new Random(42)), 10);
    List<Long> other = millis(new Backoff(MIN, MAX, new Random(43)), 10);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void resetStartsOverAtTheMinimum() {
    Backoff backoff = new Backoff(MIN, MAX, new Random(4));
    millis(backoff, 6);
    assertThat(backoff.attempts()).isEqualTo(6);

    backoff.reset();

    assertThat(backoff.attempts()).isZero();
    assertThat(backoff.next()).isEqualTo(MIN);
  }

  @Test
  void manyAttemptsStayAtTheCapWithoutOverflow() {
    Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofDays(1), new Random(5));

    List<Long> delays = millis(backoff, 200);

    assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(1L, Duration.ofDays(1).toMillis()));
    assertThat(delays.get(199)).isGreaterThanOrEqualTo(Duration.ofDays(1).toMillis() / 2);
  }

  @Test
  void rejectsAMaximumBelowTheMinimum() {
    assertThatThrownBy(() -> new Backoff(MAX, MIN, new Random()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT5S..PT0.1S")
        .hasMessageContaining("expected: minimum >= 1 ms and maximum >= minimum");
  }

  private static List<Long> millis(Backoff backoff, int count) {
    List<Long> delays = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      delays.add(backoff.next().toMillis());
    }
    return delays;
  }
}
