package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;

/**
 * Hands out order ids (§5.1). The first comes from NEXT_VALID_ID; every id handed out exceeds every
 * id seen since in NEXT_VALID_ID, OPEN_ORDER, ORDER_STATUS and EXECUTION_DATA (another client's
 * orders included, as IB asks when several clients share an account). An id is never handed out
 * twice in this process: a later, lower NEXT_VALID_ID (a gateway that forgot, a reconnect) does not
 * move the counter back.
 *
 * <p>Thread-safe; {@link #accept} is meant to be an {@link IbClient} listener.
 */
final class OrderIdAllocator {
  private int next; // 0 until the gateway has told us where to start

  /** Listener: learns from every message that carries an order id. */
  void accept(Object message) {
    if (message instanceof NextValidId id) {
      startAtLeast(id.orderId());
    } else if (message instanceof OpenOrder open) {
      used(open.orderId());
    } else if (message instanceof OrderStatusMessage status) {
      used(status.orderId());
    } else if (message instanceof ExecutionData data) {
      used(data.execution().orderId());
    }
  }

  /** A NEXT_VALID_ID: ids from {@code id} on are free (unless we are already past it). */
  synchronized void startAtLeast(int id) {
    next = Math.max(next, id);
  }

  /** An id someone used: later ids must exceed it. */
  synchronized void used(int orderId) {
    if (orderId >= next) {
      next = orderId == Integer.MAX_VALUE ? orderId : orderId + 1;
    }
  }

  /** The id {@link #allocate()} would hand out next; 0 before the first NEXT_VALID_ID. */
  synchronized int peek() {
    return next;
  }

  /**
   * The next id, never handed out before.
   *
   * @throws IllegalStateException before the first NEXT_VALID_ID, or when ids are exhausted
   */
  synchronized int allocate() {
    if (next <= 0) {
      throw new IllegalStateException("no order id yet: the gateway has not sent NEXT_VALID_ID");
    }
    if (next == Integer.MAX_VALUE) {
      throw new IllegalStateException("order ids exhausted at " + next);
    }
    return next++;
  }
}
