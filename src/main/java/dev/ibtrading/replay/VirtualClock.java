package dev.ibtrading.replay;

import dev.ibtrading.paper.PaperClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The worker's clock in a replay: whatever the paper gateway's {@link PaperClock} reads, so the
 * worker and the market share one virtual time, which only the replay moves.
 */
final class VirtualClock extends Clock {
  private final PaperClock time;
  private final ZoneId zone;

  VirtualClock(PaperClock time) {
    this(time, ZoneOffset.UTC);
  }

  private VirtualClock(PaperClock time, ZoneId zone) {
    this.time = time;
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return time.now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new VirtualClock(time, zone);
  }
}
