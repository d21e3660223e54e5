package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
import dev.ibtrading.orders.NotDoneYet;
import dev.ibtrading.orders.OrderCanceller;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.plan.StaleMarketDataException;
import dev.ibtrading.run.EarlierAttempt;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.MarketClosed;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradedStatus;
import dev.ibtrading.run.TradingRun;
import dev.ibtrading.run.WorkerExecutions;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code eod-check}: the end-of-day reconciliation, scheduled at 15:55 New York time. Documented
 * for users in {@code docs/intents/eod-check.md}.
 *
 * <p>In order: a market holiday or weekend is {@code skipped} ({@code market-closed}); the account
 * is read and the managed universe's strategies are planned as a dry run as of today (the
 * allocation's planner), giving the drift per managed instrument; a redelivery that finds orders or
 * executions of its run key (an earlier attempt that flattened) reports them and acts no more, also
 * when the targets' market data is stale (a warning then, no drift); otherwise stale data ends the
 * run {@code failed} ({@code stale-market-data}) before anything is acted on; with the kill switch
 * off or the account refused ({@link RunContext#tradingBlock()}) or on a dry run, what would be
 * cancelled and flattened is reported and nothing is done. Otherwise this worker's open orders in
 * managed instruments are cancelled ({@code eod.cancel-open-orders}, or because of flattening), and
 * with flattening managed positions are closed with market orders.
 *
 * <p>Flattening needs the regular session open: after the close (a 15:55 run on a 13:00 half day)
 * or before the open a market order would wait for the next session, so none is placed and the run
 * ends {@code partial} with {@code flatten-not-possible}; cancelling still happens, since orders
 * good till cancelled would otherwise work on.
 *
 * <p>From the look for an earlier attempt on, the run is a {@link TradingRun}.
 */
@Component
class EodCheckHandler implements IntentHandler {
  /**
   * Errors that mean something is still under way rather than refused: the run is {@code partial}.
   * Any other error ({@code cancel-refused}, {@code order-refused}, {@code order-rejected}, one
   * nobody listed) fails it ({@link TradedStatus}).
   */
  private static final Set<String> NOT_DONE_YET =
      NotDoneYet.orderCodesAnd("flatten-not-possible", "flatten-skipped", "flatten-not-filled");

  private final Broker broker;
  private final ManagedUniverse universe;
  private final AllocationSettings allocation;
  private final EodSettings settings;
  private final ExchangeCalendar calendar;

  EodCheckHandler(
      Broker broker,
      ManagedUniverse universe,
      AllocationSettings allocation,
      EodSettings settings,
      ExchangeCalendar calendar) {
    this.broker = broker;
    this.universe = universe;
    this.allocation = allocation;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public Intent intent() {
    return Intent.EOD_CHECK;
  }

  @Override
  public IntentResult run(RunContext context) {
    EodCheckOptions options = context.options(EodCheckOptions.class);
    Instant now = context.clock().instant();
    LocalDate today = MarketClosed.today(now);
    Problem closed = MarketClosed.on(calendar, today);
    if (closed != null) {
      return IntentResult.skipped(null, closed);
    }
    boolean flatten = options.flatten() != null ? options.flatten() : settings.enforceFlat();
    boolean cancel = settings.cancelOpenOrders() || flatten;
    EodCheckResult.Session session = EodSession.of(calendar, today, now);
    List<Problem> warnings = new ArrayList<>();
    if (!session.openAtRun()) {
      warnings.add(EodSession.closed(session, now));
    }
    boolean sessionClosed = calendar.lastCompletedSession(now).equals(today);
    try {
      return TradingRun.reading(
              () ->
                  EodReconciliation.read(
                      broker,
                      universe,
                      allocation,
                      settings,
                      today,
                      sessionClosed,
                      calendar.previousTradingDay(today),
                      context.runKey(),
                      warnings))
          .earlierAttempt(
              (found, earlier) ->
                  earlierAttempt(
                      found, earlier, session, options.dryRun(), cancel, flatten, warnings))
          .earlierAttemptErrors(EodCheckHandler::stillOpen)
          .deciding(
              found -> {
                found.requireTargets();
                return reconcile(context, found, session, cancel, flatten, warnings);
              })
          .run(broker, context, options.dryRun(), warnings);
    } catch (StaleMarketDataException e) {
      // The drift would be measured against targets priced on stale data: nothing is acted on.
      return new IntentResult(
          OutcomeStatus.FAILED,
          null,
          warnings,
          List.of(new Problem(StaleMarketDataException.CODE, e.getMessage())));
    }
  }

  /**
   * What an earlier attempt of the run did, reported as the other intents report theirs: stale
   * targets do not fail the report (nothing is acted on either way), they leave the drift empty and
   * are a warning.
   */
  private static JsonNode earlierAttempt(
      EodReconciliation found,
      EarlierAttempt earlier,
      EodCheckResult.Session session,
      boolean dryRun,
      boolean cancel,
      boolean flatten,
      List<Problem> warnings) {
    if (found.staleTargets() != null) {
      warnings.add(
          new Problem(
              StaleMarketDataException.CODE,
              found.staleTargets().getMessage() + "; no drift measured"));
    }
    return OutcomeJson.toTree(
        found.result(
            session,
            dryRun,
            cancel,
            flatten,
            found.executions(),
            List.of(),
            earlier.openOrders(),
            warnings));
  }

  /** What the run would cancel and flatten, and acting on it. */
  private TradingRun.Decision reconcile(
      RunContext context,
      EodReconciliation found,
      EodCheckResult.Session session,
      boolean cancel,
      boolean flatten,
      List<Problem> warnings) {
    boolean dryRun = context.options(EodCheckOptions.class).dryRun();
    boolean flattenPossible = session.openAtRun() || found.managedPositions().isEmpty();
    return TradingRun.Decision.of(
        () -> {
          if (flatten && !flattenPossible) {
            warnings.add(EodSession.flattenNotPossible(found.managedPositions().size(), session));
          }
          return OutcomeJson.toTree(
              found.result(
                  session,
                  dryRun,
                  cancel,
                  flatten,
                  found.executions(),
                  List.of(),
                  List.of(),
                  warnings));
        },
        () -> act(context, found, session, cancel, flatten, flattenPossible, warnings));
  }

  /** Cancels, then flattens when asked and possible; never throws once a cancel was sent. */
  private IntentResult act(
      RunContext context,
      EodReconciliation found,
      EodCheckResult.Session session,
      boolean cancel,
      boolean flatten,
      boolean flattenPossible,
      List<Problem> warnings) {
    List<Problem> errors = new ArrayList<>();
    List<OrderReport> cancelled = List.of();
    if (cancel && !found.toCancel().isEmpty()) {
      OrderCanceller.Cancelled done =
          new OrderCanceller(broker, settings.orderTimeout()).cancel(found.toCancel(), context);
      cancelled = done.reports();
      errors.addAll(done.errors());
    }
    List<OrderReport> flattenOrders = List.of();
    if (flatten && !flattenPossible) {
      errors.add(EodSession.flattenNotPossible(found.managedPositions().size(), session));
    } else if (flatten && !found.managedPositions().isEmpty()) {
      flattenOrders = flatten(cancelled, context, errors);
    }
    List<Fill> executions = executionsAfterActing(found, context.runKey(), warnings);
    EodCheckResult result =
        found.result(
            session, false, cancel, flatten, executions, cancelled, flattenOrders, warnings);
    return new IntentResult(
        TradedStatus.of(errors, NOT_DONE_YET, true), OutcomeJson.toTree(result), warnings, errors);
  }

  /** Flattens the managed positions as they are after the cancels. */
  private List<OrderReport> flatten(
      List<OrderReport> cancelled, RunContext context, List<Problem> errors) {
    Set<String> stillWorking = new HashSet<>();
    cancelled.stream()
        .filter(o -> !o.status().isTerminal())
        .forEach(o -> stillWorking.add(o.description().contract().symbol()));
    List<Position> positions;
    try {
      // Read again: a cancelled order may have filled before its cancel arrived.
      positions = universe.managed(broker.positions());
    } catch (BrokerException e) {
      errors.add(new Problem("flatten-skipped", "positions not readable: " + e.getMessage()));
      return List.of();
    }
    Flattener.Flattened flattened =
        new Flattener(broker, universe, settings.orderTimeout())
            .flatten(positions, stillWorking, context);
    errors.addAll(flattened.errors());
    return flattened.reports();
  }

  /**
   * A redelivery whose earlier attempt placed orders reports them and acts no more; each still open
   * is an error, the run is partial.
   */
  private static List<Problem> stillOpen(EarlierAttempt earlier) {
    List<Problem> errors = new ArrayList<>();
    for (OrderReport order : earlier.openOrders()) {
      errors.add(
          new Problem(
              "flatten-not-filled",
              "order "
                  + order.orderId()
                  + " ("
                  + order.description().contract().symbol()
                  + ") of an earlier attempt is still "
                  + order.status().ibName()));
    }
    return errors;
  }

  /** Executions read again after acting, to include the flattening fills; never throws. */
  private List<Fill> executionsAfterActing(
      EodReconciliation found, String runKey, List<Problem> warnings) {
    try {
      return WorkerExecutions.of(broker, found.ownOpenOrders(), runKey);
    } catch (BrokerException e) {
      warnings.add(
          new Problem(
              "executions-stale",
              "executions not readable after acting, listed as read before: " + e.getMessage()));
      return found.executions();
    }
  }
}
