package dev.ibtrading.paper;

import java.time.Clock;
import java.time.Instant;

/**
 * The paper gateway's notion of now: the real clock, or a time a test or a replay sets and moves.
 * Everything time-dependent in the simulation (market hours, bar dates, fills) reads it.
 */
public final class PaperClock {
  private final Clock real;
  private volatile Instant fixed;

  private PaperClock(Clock real, Instant fixed) {
    this.real = real;
    this.fixed = fixed;
  }

  public static PaperClock system() {
    return new PaperClock(Clock.systemUTC(), null);
  }

  public static PaperClock fixedAt(Instant instant) {
    return new PaperClock(Clock.systemUTC(), instant);
  }

  public Instant now() {
    Instant at = fixed;
    return at != null ? at : real.instant();
  }

  /** Stops the clock at {@code instant}; from then on only {@link #set} moves it. */
  public void set(Instant instant) {
    fixed = instant;
  }

  /** Back to the real clock. */
  public void release() {
    fixed = null;
  }
}
