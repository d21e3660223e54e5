package dev.ibtrading.paper;

import java.lang.ref.WeakReference;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks an order book every {@link #PERIOD_MILLIS} ms while it has working orders, so that resting
 * orders react to the clock and prices. One daemon thread serves every paper gateway in the JVM.
 * The book is held weakly: the tick of a gateway that was closed and forgotten with orders still
 * resting stops once the book is collected.
 */
final class PaperOrderTicker {
  static final long PERIOD_MILLIS = 100;

  private static final Logger log = LoggerFactory.getLogger(PaperOrderTicker.class);
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "paper-order-ticker");
            t.setDaemon(true);
            return t;
          });

  private final WeakReference<PaperOrderBook> book;
  private ScheduledFuture<?> task;

  PaperOrderTicker(PaperOrderBook book) {
    this.book = new WeakReference<>(book);
  }

  /** Starts ticking unless already ticking. The book calls this under its own lock. */
  synchronized void start() {
    if (task == null) {
      task =
          TIMER.scheduleWithFixedDelay(
              this::run, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  /** Stops ticking. The book calls this under its own lock, when nothing works any more. */
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }

  private void run() {
    PaperOrderBook current = book.get();
    if (current == null) {
      stop();
      return;
    }
    try {
      current.tick();
    } catch (RuntimeException e) {
      log.error("Paper order book tick failed", e); // keep ticking: the next one may succeed
    }
  }
}
