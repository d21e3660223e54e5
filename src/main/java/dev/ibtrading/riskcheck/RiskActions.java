package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.orders.NotDoneYet;
import dev.ibtrading.orders.OrderCanceller;
import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.orders.OrderPlacer;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradedStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes a risk check's action: cancels this worker's open orders in managed instruments, then, for
 * {@code reduce} and {@code flatten}, places the closing orders. Never throws once a cancel or an
 * order may have been sent.
 *
 * <p>Cancels come first and are awaited: an open order left working could fill after the closing
 * order and undo it. When a cancel changed anything, positions are read again and the closing
 * orders planned again from them. An instrument whose order is still open after its cancel gets no
 * closing order in this run ({@code not-closed}).
 *
 * <p>Closing orders are plain market orders, tif DAY, without IB's Adaptive algo (which trades
 * patience for price): a risk action wants the fill now. Each carries the run key in {@code
 * orderRef} and is placed once.
 */
final class RiskActions {
  /**
   * Errors that mean something is still under way rather than refused: the run is {@code partial}.
   * Any other error ({@code cancel-refused}, {@code order-refused}, {@code order-rejected}, one
   * nobody listed) fails it ({@link TradedStatus}).
   */
  private static final Set<String> NOT_DONE_YET = NotDoneYet.orderCodesAnd("not-closed");

  private final Broker broker;
  private final RiskMeasurer measurer;
  private final Duration timeout;

  RiskActions(Broker broker, RiskMeasurer measurer, Duration timeout) {
    this.broker = broker;
    this.measurer = measurer;
    this.timeout = timeout;
  }

  IntentResult take(RiskDecision decision, RunContext context, List<Problem> warnings) {
    List<Problem> errors = new ArrayList<>();
    List<OrderReport> cancelled = List.of();
    Set<String> stillOpen = new HashSet<>();
    if (!decision.toCancel().isEmpty()) {
      OrderCanceller.Cancelled result =
          new OrderCanceller(broker, timeout).cancel(decision.toCancel(), context);
      cancelled = result.reports();
      errors.addAll(result.errors());
      stillOpen = stillOpen(decision.toCancel(), cancelled);
      if (decision.action().compareTo(RiskAction.REDUCE) >= 0) {
        try {
          RiskReading again = measurer.read(warnings);
          decision =
              decision.replanned(
                  RiskReduction.plan(again, decision.measures(), decision.action(), warnings));
        } catch (BrokerException e) {
          errors.add(
              new Problem(
                  "not-closed",
                  "positions not read again after the cancels ("
                      + e.getMessage()
                      + "): no closing order placed"));
          return finish(decision, cancelled, List.of(), warnings, errors);
        }
      }
    }
    List<OrderLine> lines = new ArrayList<>();
    for (RiskReduction.Closing closing : decision.planned()) {
      if (stillOpen.contains(closing.position().symbol())) {
        errors.add(
            new Problem(
                "not-closed",
                closing.position().symbol()
                    + ": an order of this worker is still open after its cancel, no closing order"
                    + " placed"));
      } else {
        lines.add(closing.line());
      }
    }
    List<OrderReport> placed = List.of();
    if (!lines.isEmpty()) {
      OrderPlacer.Placed result =
          new OrderPlacer(broker, timeout).place(lines, OrderProperties.MARKET_DAY, context);
      placed = result.reports();
      errors.addAll(result.errors());
    }
    return finish(decision, cancelled, placed, warnings, errors);
  }

  private static IntentResult finish(
      RiskDecision decision,
      List<OrderReport> cancelled,
      List<OrderReport> placed,
      List<Problem> warnings,
      List<Problem> errors) {
    OutcomeStatus status =
        TradedStatus.of(
            errors, NOT_DONE_YET, placed.stream().allMatch(r -> r.status() == OrderStatus.FILLED));
    return new IntentResult(
        status,
        decision.result(decision.action(), cancelled, placed, List.of()),
        warnings.stream().distinct().toList(),
        errors);
  }

  /** Symbols of the orders not confirmed terminal after their cancel (refused ones included). */
  private static Set<String> stillOpen(List<OrderReport> asked, List<OrderReport> after) {
    Set<Integer> done = new HashSet<>();
    for (OrderReport report : after) {
      if (report.status().isTerminal()) {
        done.add(report.orderId());
      }
    }
    Set<String> open = new HashSet<>();
    for (OrderReport order : asked) {
      if (!done.contains(order.orderId())) {
        open.add(order.description().contract().symbol());
      }
    }
    return open;
  }
}
