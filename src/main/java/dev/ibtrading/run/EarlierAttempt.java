package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an earlier attempt of a run left at the broker: its open orders and today's executions,
 * found by the run key in {@code orderRef}. The run ledger forgets runs on a restart; the broker
 * does not, so a redelivery that finds any reports them instead of trading again.
 *
 * <p>A redelivery ends as the earlier attempt would have by {@link TradedStatus}'s rule: {@code ok}
 * when every order of it filled, {@code partial} while one is open or when one ended short of its
 * quantity ({@code order-ended-unfilled}), {@code failed} when the broker rejected one ({@code
 * order-rejected}). Which orders ended is known from the orders this session still tracks ({@link
 * Broker#order}) that have executions, and from the broker's completed orders of the day ({@link
 * Broker#completedOrders}): after a restart an order that ended without any fill (rejected,
 * cancelled by a person, expired at the close) is neither open nor executed, and only the completed
 * orders still show it, so a redelivery does not place it again.
 *
 * @param openOrders open orders carrying the run key, from this session or any other
 * @param executions today's executions carrying the run key
 * @param endedOrders orders carrying the run key that are no longer open: as this session last knew
 *     them, else as the broker's completed orders report them (order id 0 then)
 */
public record EarlierAttempt(
    List<OrderReport> openOrders, List<Fill> executions, List<OrderReport> endedOrders) {

  /** The problem of an order that ended unfilled without an error: not done yet, not refused. */
  private static final String ENDED_UNFILLED = "order-ended-unfilled";

  public EarlierAttempt {
    openOrders = List.copyOf(openOrders);
    executions = List.copyOf(executions);
    endedOrders = List.copyOf(endedOrders);
  }

  /** An attempt as the broker shows it to another session: open orders and executions only. */
  public EarlierAttempt(List<OrderReport> openOrders, List<Fill> executions) {
    this(openOrders, executions, List.of());
  }

  /** Looks at the broker for orders and executions of run {@code runKey}. */
  public static EarlierAttempt find(Broker broker, String runKey) {
    Map<Integer, OrderReport> open = new LinkedHashMap<>();
    for (OrderReport order : broker.ownOpenOrders()) {
      if (ofRun(order.request().orderRef(), runKey)) {
        open.put(order.orderId(), order);
      }
    }
    for (OrderReport order : broker.openOrders()) {
      if (ofRun(order.description().orderRef(), runKey)) {
        open.putIfAbsent(order.orderId(), order);
      }
    }
    List<Fill> fills =
        broker.executions().stream().filter(f -> ofRun(f.orderRef(), runKey)).toList();
    Map<Integer, OrderReport> ended = new LinkedHashMap<>();
    for (Fill fill : fills) {
      if (!open.containsKey(fill.orderId()) && !ended.containsKey(fill.orderId())) {
        broker
            .order(fill.orderId())
            .filter(o -> o.status().isTerminal())
            .filter(o -> o.request() != null && ofRun(o.request().orderRef(), runKey))
            .ifPresent(o -> ended.put(o.orderId(), o));
      }
    }
    Set<Long> seen = new HashSet<>();
    open.values().forEach(o -> seen.add(o.permId()));
    ended.values().forEach(o -> seen.add(o.permId()));
    List<OrderReport> endedOrders = new ArrayList<>(ended.values());
    for (OrderReport order : broker.completedOrders()) {
      // Whatever its status string: an order the broker lists as completed ended, and one of
      // this run's, even in a status this worker does not know, means the run was attempted.
      if (ofRun(order.description().orderRef(), runKey)
          && (order.permId() == 0 || seen.add(order.permId()))) {
        endedOrders.add(order);
      }
    }
    return new EarlierAttempt(List.copyOf(open.values()), fills, endedOrders);
  }

  /**
   * True when {@code orderRef} names run {@code runKey}. Every order carries its run key whole; a
   * prefix match would take run {@code allocation:123}'s orders for run {@code allocation}'s, whose
   * key a {@code runId} attribute may spell that way, and report {@code already-placed} instead of
   * trading.
   */
  static boolean ofRun(String orderRef, String runKey) {
    return runKey.equals(orderRef);
  }

  public boolean isEmpty() {
    return openOrders.isEmpty() && executions.isEmpty() && endedOrders.isEmpty();
  }

  /** The open orders as an outcome reports them. */
  public List<ReportedOrder> reportedOrders() {
    return openOrders.stream().map(ReportedOrder::from).toList();
  }

  /** The executions as an outcome reports them. */
  public List<ReportedExecution> reportedExecutions() {
    return executions.stream().map(ReportedExecution::from).toList();
  }

  /**
   * The ended orders that did not fill: {@code order-rejected} for one the broker rejected (or
   * cancelled with an error), {@code order-ended-unfilled} for one that ended short of its quantity
   * without an error, such as a DAY order that expired.
   */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    for (OrderReport order : endedOrders) {
      if (order.status() == OrderStatus.FILLED) {
        continue;
      }
      String what =
          (order.orderId() != 0 ? "order " + order.orderId() : "order permId " + order.permId())
              + " ("
              + order.description().side()
              + " "
              + order.description().quantity().toPlainString()
              + " "
              + order.description().contract().symbol()
              + ") of an earlier attempt ended "
              + order.status().ibName()
              + " with "
              + order.filled().toPlainString()
              + " filled";
      problems.add(
          order.isRejected()
              ? new Problem("order-rejected", what + ": " + order.lastError())
              : new Problem(ENDED_UNFILLED, what + "; not placed again"));
    }
    return problems;
  }

  /**
   * How a run that found this ends, by {@link TradedStatus}: {@code failed} when the broker
   * rejected one of its orders, {@code ok} when every order filled and the intent reports nothing
   * wrong, {@code partial} otherwise (an order open or ended unfilled).
   *
   * @param errors what the intent reports as still wrong with this attempt (still-open orders, in
   *     its own terms): each means not done yet
   */
  public OutcomeStatus status(List<Problem> errors) {
    List<Problem> all = new ArrayList<>(problems());
    all.addAll(errors);
    Set<String> notDoneYet = new HashSet<>();
    notDoneYet.add(ENDED_UNFILLED);
    errors.forEach(p -> notDoneYet.add(p.code()));
    boolean allFilled =
        openOrders.isEmpty()
            && endedOrders.stream().allMatch(o -> o.status() == OrderStatus.FILLED);
    return TradedStatus.of(all, notDoneYet, allFilled);
  }

  /**
   * The answer of a run that found this and placed nothing: {@link #status}, the {@link #notice}
   * first among the warnings, the {@link #problems} first among the errors.
   *
   * @param result what the intent reports of this attempt
   * @param warnings the run's other warnings
   * @param errors what the intent reports as still wrong with this attempt (none, mostly)
   */
  public IntentResult reported(
      String runKey, JsonNode result, List<Problem> warnings, List<Problem> errors) {
    List<Problem> all = new ArrayList<>();
    all.add(notice(runKey));
    all.addAll(warnings);
    List<Problem> allErrors = new ArrayList<>(problems());
    allErrors.addAll(errors);
    return new IntentResult(status(errors), result, all, allErrors);
  }

  /** The warning a run reports when it found this and placed nothing. */
  public Problem notice(String runKey) {
    return new Problem(
        "already-placed",
        "an earlier attempt of run "
            + runKey
            + " left "
            + openOrders.size()
            + " open order(s) and "
            + executions.size()
            + " execution(s)"
            + (endedOrders.isEmpty() ? "" : " and " + endedOrders.size() + " ended order(s)")
            + ": nothing placed again");
  }
}
