package dev.ibtrading.ib;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background connector behind {@link IbClient#start()}: connects, waits for the session to end,
 * waits a {@link Backoff} delay and connects again, until {@link #stop()}. A session that became
 * usable resets the backoff, so the first retry after a good session is quick again.
 */
final class Reconnector {
  private static final Logger log = LoggerFactory.getLogger(Reconnector.class);

  private final Supplier<CompletableFuture<IbException>> connectOnce;
  private final Backoff backoff;
  private final String address;
  private final Thread thread;
  private volatile boolean stopped;

  /**
   * @param connectOnce opens one usable session and returns a future of its end, or throws
   */
  Reconnector(
      Supplier<CompletableFuture<IbException>> connectOnce, Backoff backoff, String address) {
    this.connectOnce = connectOnce;
    this.backoff = backoff;
    this.address = address;
    this.thread = new Thread(this::run, "ib-connector-" + address);
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Stops for good; a connect in progress is abandoned. Does not wait for the thread. */
  void stop() {
    stopped = true;
    thread.interrupt();
  }

  private void run() {
    while (!stopped) {
      try {
        CompletableFuture<IbException> ended = connectOnce.get();
        backoff.reset();
        ended.get();
      } catch (IbException e) {
        if (!stopped) {
          log.warn("Connecting to gateway at {} failed: {}", address, e.getMessage());
        }
      } catch (InterruptedException e) {
        return;
      } catch (ExecutionException | RuntimeException e) {
        log.error("Connector for gateway at {} failed unexpectedly", address, e);
      }
      if (stopped) {
        return;
      }
      Duration delay = backoff.next();
      log.info(
          "Reconnecting to gateway at {} in {} ms (attempt {})",
          address,
          delay.toMillis(),
          backoff.attempts());
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
