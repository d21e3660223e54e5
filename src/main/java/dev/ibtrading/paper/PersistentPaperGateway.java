package dev.ibtrading.paper;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started paper gateway whose account survives restarts when the config names a state file: the
 * saved state is restored before the gateway listens, saved again within a second of any change,
 * and saved once more on {@link #close()}. Used by the embedded mode and the standalone command.
 */
public final class PersistentPaperGateway implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PersistentPaperGateway.class);
  private static final long SAVE_PERIOD_MILLIS = 1000;

  private final PaperGateway gateway;
  private final PaperStateStore store;
  private final ScheduledExecutorService saver;
  private PaperState lastSaved;
  private boolean closed;

  private PersistentPaperGateway(PaperGateway gateway, PaperStateStore store) {
    this.gateway = gateway;
    this.store = store;
    this.saver = store == null ? null : Executors.newSingleThreadScheduledExecutor(this::thread);
  }

  /**
   * Restores the state file (if any), then starts the gateway.
   *
   * @throws IOException if the port cannot be bound
   * @throws IllegalStateException if the state file is corrupt or belongs to another account
   */
  public static PersistentPaperGateway start(PaperGatewayConfig config, PaperClock clock)
      throws IOException {
    PaperGateway gateway = new PaperGateway(config, clock);
    PaperStateStore store =
        config.stateFile() == null ? null : new PaperStateStore(config.stateFile());
    PaperState restored = store == null ? null : store.load().orElse(null);
    if (restored != null) {
      restore(gateway, restored, store);
    }
    PersistentPaperGateway running = new PersistentPaperGateway(gateway, store);
    running.lastSaved = restored;
    gateway.start();
    if (store != null) {
      running.saver.scheduleWithFixedDelay(
          running::saveIfChanged, 0, SAVE_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }
    return running;
  }

  public PaperGateway gateway() {
    return gateway;
  }

  /** Stops the gateway, then saves its final state. Safe to call twice. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    if (saver != null) {
      saver.shutdownNow();
      try {
        saver.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    gateway.close();
    if (store != null) {
      saveIfChanged();
    }
  }

  private synchronized void saveIfChanged() {
    PaperState now = PaperState.of(gateway);
    if (Objects.equals(now, lastSaved)) {
      return;
    }
    try {
      store.save(now);
      lastSaved = now;
    } catch (RuntimeException e) {
      // keep the gateway running: the next poll tries again
      log.warn("Saving the paper account failed: {}", e.getMessage());
    }
  }

  private static void restore(PaperGateway gateway, PaperState state, PaperStateStore store) {
    try {
      state.restoreInto(gateway);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "paper state file " + store.file() + " holds the " + e.getMessage(), e);
    }
    log.info(
        "Restored paper account {} from {} (cash {}, {} positions, next order id {})",
        state.account().accountId(),
        store.file(),
        state.account().cash(),
        state.account().holdings().size(),
        state.nextValidOrderId());
  }

  private Thread thread(Runnable task) {
    Thread thread = new Thread(task, "paper-state-saver");
    thread.setDaemon(true);
    return thread;
  }
}
