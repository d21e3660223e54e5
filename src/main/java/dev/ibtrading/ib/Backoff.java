package dev.ibtrading.ib;

import java.time.Duration;
import java.util.Random;

/**
 * Delays between reconnect attempts: exponential from a minimum, capped at a maximum, with jitter
 * so that several workers that lost the same gateway do not knock on it in step.
 *
 * <p>Attempt {@code n} (0-based) has the ceiling {@code min(max, minDelay * 2^n)} and waits a
 * uniformly random time in {@code [ceiling / 2, ceiling]}, never less than the minimum. {@link
 * #reset()} starts over, after a session that was good enough to count as a recovery.
 *
 * <p>Not thread-safe: owned by the one connector thread.
 */
final class Backoff {
  private final long minMillis;
  private final long maxMillis;
  private final Random random;
  private int attempt;

  Backoff(Duration minDelay, Duration maxDelay, Random random) {
    if (minDelay.toMillis() < 1 || maxDelay.compareTo(minDelay) < 0) {
      throw new IllegalArgumentException(
          "backoff "
              + minDelay
              + ".."
              + maxDelay
              + " (expected: minimum >= 1 ms and maximum >= minimum)");
    }
    this.minMillis = minDelay.toMillis();
    this.maxMillis = maxDelay.toMillis();
    this.random = random;
  }

  /** The delay before the next attempt; each call counts one attempt. */
  Duration next() {
    long ceiling = ceiling(attempt);
    if (attempt < Integer.MAX_VALUE) {
      attempt++;
    }
    long floor = Math.max(minMillis, ceiling / 2);
    long delay = floor + (long) (random.nextDouble() * (ceiling - floor + 1));
    return Duration.ofMillis(Math.min(delay, ceiling));
  }

  /** Attempts counted since the last reset. */
  int attempts() {
    return attempt;
  }

  /** Starts over at the minimum delay. */
  void reset() {
    attempt = 0;
  }

  private long ceiling(int n) {
    // min * 2^n overflows long for large n, long after it passed any sane maximum.
    if (n >= Long.numberOfLeadingZeros(minMillis) - 1) {
      return maxMillis;
    }
    return Math.min(maxMillis, minMillis << n);
  }
}
