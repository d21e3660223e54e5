package dev.ibtrading.ib;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One attempt at a session, from the TCP connect to its end: it becomes usable once the gateway has
 * sent both the next valid order id and the managed accounts (§2.2, in either order), and it ends
 * once, with a cause. {@link IbClient} compares these by identity to ignore news from a session
 * that is no longer the current one.
 */
final class SessionStart {
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final CompletableFuture<IbException> ended = new CompletableFuture<>();
  private volatile IbConnection connection;
  private volatile boolean linkLost;
  private boolean sawNextValidId;
  private boolean sawAccounts;

  void opened(IbConnection opened) {
    connection = opened;
  }

  /** The connection, or {@code null} before it is open. */
  IbConnection connection() {
    return connection;
  }

  synchronized void sawNextValidId() {
    sawNextValidId = true;
    if (sawAccounts) {
      ready.complete(null);
    }
  }

  synchronized void sawAccounts() {
    sawAccounts = true;
    if (sawNextValidId) {
      ready.complete(null);
    }
  }

  /** The gateway refused the session (326); the connect attempt fails with this. */
  void fail(IbException cause) {
    ready.completeExceptionally(cause);
  }

  /** The connection is gone; the first cause wins. */
  void end(IbException cause) {
    ready.completeExceptionally(cause);
    ended.complete(cause);
  }

  /** Completes with the cause when the session ends. */
  CompletableFuture<IbException> ended() {
    return ended;
  }

  /** What the last 1100/1101/1102 said, also before the session is usable. */
  boolean linkLost() {
    return linkLost;
  }

  void linkLost(boolean lost) {
    linkLost = lost;
  }

  /**
   * Waits until the session is usable.
   *
   * @throws IbNotConnectedException if it ends, is refused, or is not usable within {@code timeout}
   */
  void awaitReady(Duration timeout, String address) {
    try {
      ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IbNotConnectedException(
          "gateway at "
              + address
              + " did not send the next order id and managed accounts within "
              + timeout);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IbException ib
          ? ib
          : new IbNotConnectedException(String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IbNotConnectedException("interrupted while connecting to gateway at " + address);
    }
  }

  void close() {
    IbConnection open = connection;
    if (open != null) {
      open.close();
    }
  }
}
