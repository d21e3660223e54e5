package dev.ibtrading.orders;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.OrderMetrics;
import dev.ibtrading.run.RunContext;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a run's orders, each exactly once, with the run key as {@code orderRef}, then waits for
 * their fills until the fill timeout or the run's deadline, whichever comes first. Never throws:
 * once one order may have been sent, the run must report rather than be retried. Each order is
 * counted once in the run's {@link OrderMetrics}.
 *
 * <p>Every line ends up either placed (in the reports) or in the errors with its reason: {@code
 * order-refused} or {@code order-rejected} (the broker refused that order; the other lines are
 * still placed, each is checked by the broker on its own), {@code order-unconfirmed} (the answer
 * was lost; it may be working), {@code not-placed} (after an unconfirmed order the rest are not
 * sent: the link is in doubt and a later BUY may be funded by the unconfirmed SELL) or {@code
 * deadline-passed}.
 */
public final class OrderPlacer {
  private static final Logger log = LoggerFactory.getLogger(OrderPlacer.class);

  /** The orders as last reported, and the errors (refusals, lost answers). */
  public record Placed(List<OrderReport> reports, List<Problem> errors) {}

  /** An order the broker acknowledged, and the clock of its fill latency. */
  private record Sent(OrderReport report, Timer.Sample placing) {}

  private final Broker broker;
  private final Duration fillTimeout;

  public OrderPlacer(Broker broker, Duration fillTimeout) {
    this.broker = broker;
    this.fillTimeout = fillTimeout;
  }

  public Placed place(List<OrderLine> lines, OrderProperties properties, RunContext context) {
    OrderMetrics metrics = context.orderMetrics();
    List<Sent> placed = new ArrayList<>();
    List<Problem> errors = new ArrayList<>();
    String unconfirmed = null;
    for (OrderLine line : lines) {
      if (unconfirmed != null) {
        errors.add(
            new Problem(
                "not-placed",
                describe(line)
                    + ": not placed, the answer for "
                    + unconfirmed
                    + " was lost and the gateway link is in doubt"));
        continue;
      }
      if (context.remaining().isZero()) {
        errors.add(
            new Problem(
                "deadline-passed",
                line.contract().symbol() + ": not placed, the run's deadline passed"));
        continue;
      }
      Timer.Sample placing = metrics.placing();
      try {
        placed.add(
            new Sent(
                broker.placeOrder(
                    properties.request(
                        line.contract(),
                        line.side(),
                        line.quantity(),
                        line.price(),
                        context.runKey())),
                placing));
      } catch (BrokerException e) {
        metrics.notPlaced(context, e.isTransient());
        // The order may have reached the broker: never placed again in this run.
        errors.add(
            new Problem(
                e.isTransient() ? "order-unconfirmed" : "order-refused",
                describe(line) + ": " + e.getMessage()));
        if (e.isTransient()) {
          // A refusal concerns one order and the others are still placed; a lost answer means the
          // link is in doubt, and a BUY may rely on the proceeds of the unconfirmed SELL: stop.
          unconfirmed = describe(line);
        }
      }
    }
    Instant waitUntil = context.clock().instant().plus(fillTimeout);
    if (waitUntil.isAfter(context.deadline())) {
      waitUntil = context.deadline();
    }
    List<OrderReport> reports = new ArrayList<>();
    for (Sent sent : placed) {
      OrderReport report = await(sent.report(), waitUntil, context);
      metrics.awaited(context, report, sent.placing());
      reports.add(report);
    }
    for (OrderReport report : reports) {
      metrics.reported(context, report);
      if (report.isRejected()) {
        errors.add(
            new Problem(
                "order-rejected",
                "order "
                    + report.orderId()
                    + " ("
                    + report.request().contract().symbol()
                    + "): "
                    + report.lastError()));
      }
    }
    return new Placed(reports, errors);
  }

  private static String describe(OrderLine line) {
    return line.contract().symbol() + " " + line.side() + " " + line.quantity();
  }

  private OrderReport await(OrderReport report, Instant waitUntil, RunContext context) {
    if (report.status().isTerminal()) {
      return report;
    }
    Duration left = Duration.between(context.clock().instant(), waitUntil);
    try {
      return broker.awaitOrder(report.orderId(), left.isNegative() ? Duration.ZERO : left);
    } catch (BrokerException e) {
      log.warn("No fill report for order {}: {}", report.orderId(), e.getMessage());
      return broker.order(report.orderId()).orElse(report);
    }
  }
}
