package dev.ibtrading.orders;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.RunContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cancels other clients' open orders with one global cancel (REQ_GLOBAL_CANCEL, §3.12). Only the
 * client that placed an order may cancel it by id, and an order id names a different order in each
 * client (§5.1): a cancel by id of another client's order is refused, or worse, hits this client's
 * own order with the same id. The global cancel reaches every client's orders (§5.3) but is
 * confirmed to their owners only, so this polls the account's open orders until those orders are
 * gone, up to a timeout or the run's deadline. Never throws: the cancel may have reached the
 * broker.
 *
 * <p>An order that left the open orders was cancelled, or filled first: which one is read from
 * today's executions with its order id, symbol, side and {@code orderRef} (executions carry no
 * client id).
 */
public final class GlobalCanceller {
  private static final Duration POLL = Duration.ofMillis(200);

  private final Broker broker;
  private final Duration timeout;

  public GlobalCanceller(Broker broker, Duration timeout) {
    this.broker = broker;
    this.timeout = timeout;
  }

  /** Cancels every open order of the account; reports {@code orders} (other clients' ones). */
  public OrderCanceller.Cancelled cancel(List<OrderReport> orders, RunContext context) {
    List<Problem> errors = new ArrayList<>();
    Map<Long, OrderReport> last = new LinkedHashMap<>();
    orders.forEach(o -> last.put(o.permId(), o));
    try {
      broker.cancelAllOrders();
    } catch (BrokerException e) {
      errors.add(
          new Problem(
              e.isTransient() ? "cancel-unconfirmed" : "cancel-refused",
              "global cancel: " + e.getMessage()));
      if (!e.isTransient()) {
        return new OrderCanceller.Cancelled(orders, errors);
      }
    }
    Set<Long> open = new HashSet<>(last.keySet());
    boolean known = awaitGone(open, last, context, errors);
    List<Fill> fills = open.size() < last.size() ? executions(errors) : List.of();
    List<OrderReport> reports = new ArrayList<>();
    for (OrderReport order : last.values()) {
      if (!open.contains(order.permId())) {
        reports.add(ended(order, fills));
        continue;
      }
      reports.add(order);
      if (known) {
        errors.add(
            new Problem(
                "order-still-open",
                "order "
                    + order.orderId()
                    + " of another client ("
                    + order.description().contract().symbol()
                    + ") is "
                    + order.status().ibName()
                    + " after the global cancel"));
      }
    }
    return new OrderCanceller.Cancelled(reports, errors);
  }

  /**
   * Polls until none of {@code open} is open any more, or the time is up; keeps {@code last}
   * current. False when the open orders could not be read (what is still open is then unknown).
   */
  private boolean awaitGone(
      Set<Long> open, Map<Long, OrderReport> last, RunContext context, List<Problem> errors) {
    Duration wait = timeout.compareTo(context.remaining()) < 0 ? timeout : context.remaining();
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      try {
        Map<Long, OrderReport> now = new LinkedHashMap<>();
        broker.openOrders().forEach(o -> now.put(o.permId(), o));
        open.retainAll(now.keySet());
        open.forEach(id -> last.put(id, now.get(id)));
      } catch (BrokerException e) {
        errors.add(
            new Problem(
                "cancel-unconfirmed", "open orders after the global cancel: " + e.getMessage()));
        return false;
      }
      if (open.isEmpty() || System.nanoTime() - end >= 0) {
        return true;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
  }

  private List<Fill> executions(List<Problem> errors) {
    try {
      return broker.executions();
    } catch (BrokerException e) {
      errors.add(
          new Problem(
              "cancel-unconfirmed",
              "executions not readable, cancelled orders may have filled: " + e.getMessage()));
      return List.of();
    }
  }

  /** An order gone from the open orders: filled if its executions cover it, else cancelled. */
  private static OrderReport ended(OrderReport order, List<Fill> fills) {
    BigDecimal shares = BigDecimal.ZERO;
    for (Fill fill : fills) {
      if (fill.orderId() == order.orderId()
          && fill.contract().symbol().equals(order.description().contract().symbol())
          && fill.side() == order.description().side()
          && emptyIfNull(fill.orderRef()).equals(order.description().orderRef())) {
        shares = shares.add(fill.shares());
      }
    }
    BigDecimal filled = shares.max(order.filled());
    BigDecimal quantity = order.description().quantity();
    return new OrderReport(
        order.orderId(),
        order.permId(),
        order.description(),
        order.request(),
        quantity.signum() > 0 && filled.compareTo(quantity) >= 0
            ? OrderStatus.FILLED
            : OrderStatus.CANCELLED,
        quantity.signum() > 0 ? filled.min(quantity) : filled,
        BigDecimal.ZERO,
        order.averageFillPrice(),
        order.fills(),
        order.lastError());
  }

  private static String emptyIfNull(String text) {
    return text == null ? "" : text;
  }
}
