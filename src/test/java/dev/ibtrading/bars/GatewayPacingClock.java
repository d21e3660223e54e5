package dev.ibtrading.bars;

import dev.ibtrading.paper.PaperClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bars} command's clock in tests: it reads the paper gateway's clock and, instead of
 * sleeping, moves that clock on by each wait, so that pacing waits of minutes take no time and the
 * gateway sees them pass. It records the waits and runs {@code afterEachWait} after each (to arm
 * the next fault, say).
 */
public final class GatewayPacingClock implements PacingClock {
  private final List<Duration> waits = new ArrayList<>();
  private final PaperClock gatewayClock;
  private final Runnable afterEachWait;

  public GatewayPacingClock(PaperClock gatewayClock) {
    this(gatewayClock, () -> {});
  }

  public GatewayPacingClock(PaperClock gatewayClock, Runnable afterEachWait) {
    this.gatewayClock = gatewayClock;
    this.afterEachWait = afterEachWait;
  }

  @Override
  public Instant now() {
    return gatewayClock.now();
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    gatewayClock.set(gatewayClock.now().plus(duration));
    afterEachWait.run();
  }

  /** The waits so far, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
