package dev.ibtrading.orders;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.RunContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cancels orders one by one and waits until each is terminal, up to a timeout or the run's
 * deadline. An order may fill before its cancel arrives; the report then says filled, which is the
 * truth. Never throws: a cancel may have reached the broker, so the run reports rather than retry.
 */
public final class OrderCanceller {

  /**
   * The orders as last reported after their cancel, and the problems: cancels refused or
   * unconfirmed, orders still working at the end.
   */
  public record Cancelled(List<OrderReport> reports, List<Problem> errors) {}

  private final Broker broker;
  private final Duration timeout;

  public OrderCanceller(Broker broker, Duration timeout) {
    this.broker = broker;
    this.timeout = timeout;
  }

  public Cancelled cancel(List<OrderReport> orders, RunContext context) {
    List<Problem> errors = new ArrayList<>();
    List<OrderReport> sent = new ArrayList<>();
    List<OrderReport> finished = new ArrayList<>();
    for (OrderReport order : orders) {
      try {
        broker.cancelOrder(order.orderId());
        sent.add(order);
      } catch (BrokerException e) {
        if (!e.isTransient()) {
          // IB refuses to cancel an order that has just filled or been cancelled: not a problem
          // when the broker's latest state says the order is finished.
          OrderReport latest = broker.order(order.orderId()).orElse(order);
          if (latest.status().isTerminal()) {
            finished.add(latest);
            continue;
          }
        }
        errors.add(
            new Problem(
                e.isTransient() ? "cancel-unconfirmed" : "cancel-refused",
                "order " + order.orderId() + ": " + e.getMessage()));
        if (e.isTransient()) {
          sent.add(order);
        }
      }
    }
    Instant waitUntil = context.clock().instant().plus(timeout);
    if (waitUntil.isAfter(context.deadline())) {
      waitUntil = context.deadline();
    }
    List<OrderReport> reports = new ArrayList<>(finished);
    for (OrderReport order : sent) {
      OrderReport last = await(order, waitUntil, context);
      reports.add(last);
      if (!last.status().isTerminal()) {
        errors.add(
            new Problem(
                "order-still-open",
                "order "
                    + last.orderId()
                    + " ("
                    + last.description().contract().symbol()
                    + ") is "
                    + last.status().ibName()
                    + " after its cancel"));
      }
    }
    return new Cancelled(reports, errors);
  }

  private OrderReport await(OrderReport order, Instant waitUntil, RunContext context) {
    Duration left = Duration.between(context.clock().instant(), waitUntil);
    try {
      return broker.awaitOrder(order.orderId(), left.isNegative() ? Duration.ZERO : left);
    } catch (BrokerException e) {
      return broker.order(order.orderId()).orElse(order);
    }
  }
}
