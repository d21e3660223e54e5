package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.Position;
import dev.ibtrading.eodcheck.EodCheckResult.FlattenOrder;
import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.orders.OrderPlacer;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.strategy.ManagedUniverse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Closes managed positions with plain market orders, good for the day, the run key in {@code
 * orderRef}, placed and awaited by the {@link OrderPlacer}. Market rather than on-close orders: at
 * 15:55 NYSE no longer accepts MOC and LOC orders (their cut-off is 15:50), and a plain MKT order
 * needs no algo parameters that could be refused.
 */
final class Flattener {
  /** The closing orders placed, as last reported, and what went wrong. */
  record Flattened(List<OrderReport> reports, List<Problem> errors) {}

  private final Broker broker;
  private final ManagedUniverse universe;
  private final Duration fillTimeout;

  Flattener(Broker broker, ManagedUniverse universe, Duration fillTimeout) {
    this.broker = broker;
    this.universe = universe;
    this.fillTimeout = fillTimeout;
  }

  /** The order that closes each of {@code managed} (non-zero positions of managed instruments). */
  static List<FlattenOrder> closingOrders(List<Position> managed) {
    return managed.stream()
        .map(
            p ->
                new FlattenOrder(
                    p.contract().symbol(),
                    p.quantity().signum() > 0 ? OrderSide.SELL : OrderSide.BUY,
                    p.quantity().abs()))
        .toList();
  }

  /**
   * Places the closing order of each of {@code managed}, except for instruments in {@code
   * stillWorking} (an order of this worker there survived its cancel and may still fill, so the
   * position to close is not known), and waits for the fills. Never throws once an order may have
   * been sent.
   */
  Flattened flatten(List<Position> managed, Set<String> stillWorking, RunContext context) {
    List<Problem> errors = new ArrayList<>();
    List<OrderLine> lines = new ArrayList<>();
    for (Position position : managed) {
      String symbol = position.contract().symbol();
      if (stillWorking.contains(symbol)) {
        errors.add(
            new Problem(
                "flatten-skipped",
                symbol
                    + ": position "
                    + position.quantity().toPlainString()
                    + " not flattened, an order of this worker is still working there"));
        continue;
      }
      Contract contract;
      try {
        contract = broker.contract(instrumentOf(position));
      } catch (BrokerException e) {
        errors.add(new Problem("flatten-skipped", symbol + ": " + e.getMessage()));
        continue;
      }
      lines.add(OrderLine.closing(contract, position.quantity(), null));
    }
    if (lines.isEmpty()) {
      return new Flattened(List.of(), errors);
    }
    OrderPlacer.Placed placed =
        new OrderPlacer(broker, fillTimeout).place(lines, OrderProperties.MARKET_DAY, context);
    errors.addAll(placed.errors());
    for (OrderReport report : placed.reports()) {
      if (report.status() != OrderStatus.FILLED && !report.status().isTerminal()) {
        errors.add(
            new Problem(
                "flatten-not-filled",
                "order "
                    + report.orderId()
                    + " ("
                    + report.request().contract().symbol()
                    + ") is "
                    + report.status().ibName()
                    + ", filled "
                    + report.filled().toPlainString()
                    + " of "
                    + report.request().quantity().toPlainString()
                    + " when the run stopped waiting"));
      }
    }
    return new Flattened(placed.reports(), errors);
  }

  /** The universe's instrument of a managed position, qualified the way allocations qualify it. */
  private Instrument instrumentOf(Position position) {
    return universe.instruments().stream()
        .filter(
            i ->
                i.symbol().equals(position.contract().symbol())
                    && i.currency().equals(position.contract().currency()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    position.contract().symbol() + " is not in the managed universe"));
  }
}
