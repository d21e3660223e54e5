package dev.ibtrading.bars;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbException;
import dev.ibtrading.ib.IbNotConnectedException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * A download's way through a lost gateway session (a gateway restart, IB Gateway's nightly
 * auto-restart, a network cut): the client's own background connector ({@link IbClient#start()},
 * exponential back-off with jitter, {@code ib.reconnect.*}) opens a new session, and the download
 * waits for it, then asks again for what it lacks. Bounded: at most {@link #MAX_LOSSES} losses in
 * one download, each back within {@link #RECONNECT_TIMEOUT}; past either the download fails and, as
 * for any failure, no file is written.
 *
 * <p>A soft restart of IB Gateway leaves a gap of about a minute before the new session is healthy
 * (shared/reference/ib-gateway-ops.md, "Auto-restart (soft)": 60 to 90 s); five minutes leaves room
 * for that and a few back-off steps.
 */
final class SessionRecovery {
  static final int MAX_LOSSES = 5;
  static final Duration RECONNECT_TIMEOUT = Duration.ofMinutes(5);

  private final IbClient client;
  private final PrintStream progress;
  private final Duration timeout;
  private final Object stateChanged = new Object();
  private int losses;

  /**
   * @param client a connected client whose background connector is started
   * @param timeout how long one loss may last; {@link #RECONNECT_TIMEOUT} but in tests
   */
  SessionRecovery(IbClient client, PrintStream progress, Duration timeout) {
    this.client = client;
    this.progress = progress;
    this.timeout = timeout;
    client.addStateListener(
        change -> {
          synchronized (stateChanged) {
            stateChanged.notifyAll();
          }
        });
  }

  /** Lost sessions waited out so far. */
  int losses() {
    return losses;
  }

  /** The session requests go to now, to pass to {@link #awaitSession} if one fails. */
  int session() {
    return client.reconnects();
  }

  /**
   * Waits until the client has a usable session newer than {@code session} (what {@link #session()}
   * said before the request that {@code lost} ended, asking for {@code what}), or usable again
   * after it was seen unusable (the gateway's link to IB lost and restored, 1100 then 1102, keeps
   * the session). Not just usable now: the request may fail before the client has noticed the loss.
   *
   * @throws IbException after {@link #MAX_LOSSES} losses, or when no session is back in time
   */
  void awaitSession(String what, IbNotConnectedException lost, int session)
      throws InterruptedException {
    losses++;
    if (losses > MAX_LOSSES) {
      throw new IbException(
          what + ": the gateway session was lost " + losses + " times; giving up", lost);
    }
    progress.printf(
        "bars: %s: gateway session lost (%s); waiting up to %d s for the client to reconnect"
            + " (loss %d of at most %d)%n",
        what, lost.getMessage(), timeout.toSeconds(), losses, MAX_LOSSES);
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean sawItDown = false;
    synchronized (stateChanged) {
      while (true) {
        boolean usable = client.state() == ConnectionState.CONNECTED;
        sawItDown |= !usable;
        if (usable && (sawItDown || client.reconnects() > session)) {
          break;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IbException(
              what + ": no gateway session within " + timeout.toSeconds() + " s of its loss", lost);
        }
        stateChanged.wait(Math.max(1, left / 1_000_000));
      }
    }
    progress.printf("bars: reconnected; asking again for %s%n", what);
  }
}
