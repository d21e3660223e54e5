package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer counted against a fake clock whose sleeps advance time: no real waiting. */
class PacerTests {
  private static final long SECOND = 1_000_000_000L;

  /** A clock that starts at an arbitrary point and moves only when the pacer sleeps. */
  private static final class FakeTicker implements Pacer.Ticker {
    long now = 123_456_789L;
    long slept;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleepNanos(long nanos) {
      assertThat(nanos).isPositive();
      now += nanos;
      slept += nanos;
    }
  }

  @Test
  void threeTimesTheRateTakesAtLeastTwoSeconds() throws Exception {
    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(10, ticker);
    long start = ticker.now;

    for (int i = 0; i < 30; i++) {
      pacer.acquire();
    }

    assertThat(ticker.now - start).isGreaterThanOrEqualTo(2 * SECOND);
  }

  @Test
  void noOneSecondWindowHoldsMoreThanTheLimit() throws Exception {
    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(7, ticker);
    List<Long> sentAt = new ArrayList<>();

    for (int i = 0; i < 50; i++) {
      if (i % 9 == 0) {
        ticker.now += SECOND / 3; // idle gaps between bursts
      }
      pacer.acquire();
      sentAt.add(ticker.now);
    }

    for (int i = 0; i < sentAt.size(); i++) {
      long windowStart = sentAt.get(i);
      long inWindow =
          sentAt.stream().filter(t -> t >= windowStart && t < windowStart + SECOND).count();
      assertThat(inWindow).as("messages in the second after message %d", i).isLessThanOrEqualTo(7);
    }
  }

  @Test
  void aBurstUpToTheLimitGoesWithoutWaiting() throws Exception {
    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(5, ticker);

    for (int i = 0; i < 5; i++) {
      pacer.acquire();
    }
    assertThat(ticker.slept).isZero();

    pacer.acquire();
    assertThat(ticker.slept).isEqualTo(SECOND);
  }

  @Test
  void anIdleSecondRefillsTheWholeWindow() throws Exception {
    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(4, ticker);
    for (int i = 0; i < 4; i++) {
      pacer.acquire();
    }

    ticker.now += SECOND;
    for (int i = 0; i < 4; i++) {
      pacer.acquire();
    }

    assertThat(ticker.slept).isZero();
  }

  @Test
  void rejectsARateBelowOne() {
    assertThatThrownBy(() -> new Pacer(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max messages per second: 0 (expected: >= 1)");
  }
}
