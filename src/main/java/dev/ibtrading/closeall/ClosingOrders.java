package dev.ibtrading.closeall;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.outcome.DelayedQuotes;
import dev.ibtrading.outcome.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one closing order per position: the whole quantity, selling a long and buying a short.
 * Market and market-on-close orders need no price and go out for the position's contract as the
 * broker reported it. A limit (LMT, LOC) is set from a quote of the qualified contract (its tick):
 * a position without a price gets no order, and a {@code no-price} problem instead, rather than a
 * limit guessed from the average cost.
 */
final class ClosingOrders {

  /**
   * @param lines the orders to place
   * @param planned the same orders as the outcome reports them
   * @param problems positions that get no order, and why
   * @param notices warnings whatever the run does: the limits set from delayed quotes ({@link
   *     DelayedQuotes})
   */
  record Plan(
      List<OrderLine> lines,
      List<CloseAllResult.ClosingOrder> planned,
      List<Problem> problems,
      List<Problem> notices) {}

  private final Broker broker;

  ClosingOrders(Broker broker) {
    this.broker = broker;
  }

  /**
   * @throws BrokerException (transient) when a contract or quote a limit needs could not be read
   */
  Plan plan(List<Position> positions, OrderProperties properties) {
    List<OrderLine> lines = new ArrayList<>();
    List<CloseAllResult.ClosingOrder> planned = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    DelayedQuotes delayed = new DelayedQuotes();
    for (Position position : positions) {
      Contract contract = position.contract();
      BigDecimal price = null;
      if (properties.type().needsLimitPrice()) {
        try {
          contract = broker.contract(position.contract().instrument());
          price = delayed.record(broker.quote(contract)).referencePrice();
        } catch (BrokerException e) {
          if (e.isTransient()) {
            throw e;
          }
          problems.add(noPrice(position, e.getMessage()));
          continue;
        }
        if (price == null) {
          problems.add(noPrice(position, "the quote has no last, bid/ask or close"));
          continue;
        }
      }
      OrderLine line = OrderLine.closing(contract, position.quantity(), price);
      lines.add(line);
      planned.add(
          new CloseAllResult.ClosingOrder(
              contract.symbol(),
              line.side(),
              line.quantity(),
              properties.type(),
              properties.limitPrice(contract, line.side(), price),
              price));
    }
    return new Plan(lines, planned, problems, delayed.warning().stream().toList());
  }

  private static Problem noPrice(Position position, String why) {
    return new Problem(
        "no-price",
        position.contract().symbol()
            + " "
            + position.quantity().toPlainString()
            + " not closed: a limit needs a reference price (expected: a quote), "
            + why);
  }
}
