package dev.ibtrading.bars;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the pacing rules are kept on, and the one place a download waits: tests pass one that
 * counts the waits and moves on at once.
 */
public interface PacingClock {
  /**
   * The system's monotonic clock (immune to wall-clock steps, which would shorten a wait); only its
   * differences mean anything.
   */
  PacingClock SYSTEM =
      new PacingClock() {
        @Override
        public Instant now() {
          return Instant.EPOCH.plusNanos(System.nanoTime());
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis());
        }
      };

  Instant now();

  void sleep(Duration duration) throws InterruptedException;
}
