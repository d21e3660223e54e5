package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's connection state and the listeners told about its changes. Its monitor is also the
 * lock {@link IbClient} changes its session under, so that a state and the session it describes
 * never disagree; listeners are called under it, so they see changes in the order they happened.
 */
final class ConnectionStatus {
  private static final Logger log = LoggerFactory.getLogger(ConnectionStatus.class);

  private final List<Consumer<StateChange>> listeners = new CopyOnWriteArrayList<>();
  private volatile ConnectionState state = ConnectionState.DISCONNECTED;

  ConnectionState current() {
    return state;
  }

  void addListener(Consumer<StateChange> listener) {
    listeners.add(listener);
  }

  /**
   * Moves to {@code next} and tells the listeners; nothing happens when the state stays the same,
   * unless subscriptions were lost.
   */
  synchronized void moveTo(ConnectionState next, boolean subscriptionsLost, String reason) {
    ConnectionState previous = state;
    if (previous == next && !subscriptionsLost) {
      return;
    }
    state = next;
    log.debug("Connection state {} -> {}: {}", previous, next, reason);
    StateChange change = new StateChange(previous, next, subscriptionsLost, reason);
    for (Consumer<StateChange> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        log.error("State listener failed on {}", change, e);
      }
    }
  }
}
