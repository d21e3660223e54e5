package dev.ibtrading.closeall;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
import dev.ibtrading.orders.GlobalCanceller;
import dev.ibtrading.orders.NotDoneYet;
import dev.ibtrading.orders.OrderCanceller;
import dev.ibtrading.orders.OrderPlacer;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.orders.UnfilledOrders;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trading half of a close-all run: cancels, then one closing order per position, each placed
 * once with the run key as {@code orderRef}, then waits for the fills up to {@code
 * close-all.fill-timeout} within the run's deadline. Never throws once a cancel may have been sent.
 *
 * <p>Ends {@code ok} when every closing order filled; {@code partial} when something is still
 * pending (an unconfirmed cancel; a closing order still working, which is left working, or one that
 * ended unfilled without an error, such as a DAY order that expired; a position not closed because
 * an order in its instrument still works; or a closed market); {@code failed} when the broker
 * refused a cancel or an order, or a limit had no price.
 */
final class CloseAllTrades {
  /** Problems that mean "not done yet" rather than "refused": the run is partial, not failed. */
  private static final Set<String> PENDING =
      NotDoneYet.orderCodesAnd("not-closed", "broker-unavailable");

  private final Broker broker;
  private final CloseAllSettings settings;
  private final ClosingScope scope;
  private final OrderProperties properties;
  private final boolean dryRun;
  private final RunContext context;

  CloseAllTrades(
      Broker broker,
      CloseAllSettings settings,
      ClosingScope scope,
      OrderProperties properties,
      boolean dryRun,
      RunContext context) {
    this.broker = broker;
    this.settings = settings;
    this.scope = scope;
    this.properties = properties;
    this.dryRun = dryRun;
    this.context = context;
  }

  /** What a dry or blocked run would do; plan problems become warnings. */
  CloseAllResult wouldDo(
      List<Position> positions, List<OrderReport> toCancel, List<Problem> warnings) {
    ClosingOrders.Plan plan = new ClosingOrders(broker).plan(scope.closing(positions), properties);
    warnings.addAll(plan.problems());
    warnings.addAll(plan.notices());
    return result(positions, reported(toCancel), plan.planned(), List.of(), null);
  }

  /** Cancels {@code own} (and {@code others} with scope all), then closes the positions. */
  IntentResult run(
      List<Position> before,
      List<OrderReport> own,
      List<OrderReport> others,
      boolean marketClosed,
      List<Problem> warnings) {
    List<Problem> errors = new ArrayList<>();
    List<OrderReport> cancelled = cancel(own, others, errors);
    Closed closed = close(cancelled, marketClosed, errors, warnings);
    List<Position> after = positionsAfter(warnings);
    CloseAllResult result =
        result(
            before,
            reported(cancelled),
            closed.planned(),
            reported(closed.placed()),
            after == null ? null : holdings(scope.closing(after)));
    return new IntentResult(
        TradedStatus.of(
            errors, PENDING, !closed.positionsLeft() && UnfilledOrders.allFilled(closed.placed())),
        OutcomeJson.toTree(result),
        warnings,
        errors);
  }

  /** What the closing step decided and placed; positionsLeft: on purpose (a closed market). */
  private record Closed(
      List<CloseAllResult.ClosingOrder> planned, List<OrderReport> placed, boolean positionsLeft) {}

  private List<OrderReport> cancel(
      List<OrderReport> own, List<OrderReport> others, List<Problem> errors) {
    List<OrderReport> cancelled = new ArrayList<>();
    OrderCanceller.Cancelled mine =
        new OrderCanceller(broker, settings.cancelTimeout()).cancel(own, context);
    cancelled.addAll(mine.reports());
    errors.addAll(mine.errors());
    if (scope.scope() == CloseAllScope.ALL && !others.isEmpty()) {
      OrderCanceller.Cancelled theirs =
          new GlobalCanceller(broker, settings.cancelTimeout()).cancel(others, context);
      cancelled.addAll(theirs.reports());
      errors.addAll(theirs.errors());
    }
    return cancelled;
  }

  /**
   * Reads the positions again (a cancelled order may have filled first) and closes those whose
   * instrument has no order still working; on a closed market only plans.
   */
  private Closed close(
      List<OrderReport> cancelled,
      boolean marketClosed,
      List<Problem> errors,
      List<Problem> warnings) {
    try {
      List<Position> now = scope.closing(broker.positions());
      Set<String> busy =
          cancelled.stream()
              .filter(o -> !o.status().isTerminal())
              .map(o -> o.description().contract().symbol())
              .collect(Collectors.toSet());
      List<Position> free = new ArrayList<>();
      for (Position position : now) {
        if (busy.contains(position.contract().symbol())) {
          errors.add(notClosed(position));
        } else {
          free.add(position);
        }
      }
      ClosingOrders.Plan plan = new ClosingOrders(broker).plan(free, properties);
      warnings.addAll(plan.notices());
      if (marketClosed) {
        warnings.addAll(plan.problems());
        return new Closed(plan.planned(), List.of(), !now.isEmpty());
      }
      errors.addAll(plan.problems());
      OrderPlacer.Placed placed =
          new OrderPlacer(broker, settings.fillTimeout()).place(plan.lines(), properties, context);
      errors.addAll(placed.errors());
      errors.addAll(
          UnfilledOrders.problems(
              "closing order", placed.reports(), o -> o.request().contract().symbol()));
      return new Closed(plan.planned(), placed.reports(), false);
    } catch (BrokerException e) {
      // Only reads can throw here, and only before any closing order was sent.
      errors.add(new Problem("broker-unavailable", "after the cancels: " + e.getMessage()));
      return new Closed(List.of(), List.of(), false);
    }
  }

  private List<Position> positionsAfter(List<Problem> warnings) {
    try {
      return broker.positions();
    } catch (BrokerException e) {
      warnings.add(new Problem("positions-unknown", "positions after the run: " + e.getMessage()));
      return null;
    }
  }

  private CloseAllResult result(
      List<Position> before,
      List<ReportedOrder> cancelled,
      List<CloseAllResult.ClosingOrder> planned,
      List<ReportedOrder> orders,
      List<CloseAllResult.Holding> after) {
    return new CloseAllResult(
        scope.scope().wireName(),
        dryRun,
        cancelled,
        planned,
        orders,
        List.of(),
        holdings(scope.closing(before)),
        after,
        holdings(scope.leftAlone(before)));
  }

  static List<CloseAllResult.Holding> holdings(List<Position> positions) {
    return positions.stream()
        .map(
            p ->
                new CloseAllResult.Holding(
                    p.contract().symbol(), p.contract().conId(), p.quantity()))
        .toList();
  }

  private static List<ReportedOrder> reported(List<OrderReport> orders) {
    return orders.stream().map(ReportedOrder::from).toList();
  }

  private static Problem notClosed(Position position) {
    return new Problem(
        "not-closed",
        position.contract().symbol()
            + " "
            + position.quantity().toPlainString()
            + " not closed: an order in it is still working after its cancel");
  }
}
