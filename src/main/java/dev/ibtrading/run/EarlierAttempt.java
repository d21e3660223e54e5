package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What an earlier attempt of a run left at the broker: its open orders and today's executions,
 * found by the run key in {@code orderRef}. The run ledger forgets runs on a restart; the broker
 * does not, so a redelivery that finds any reports them instead of trading again.
 *
 * @param openOrders open orders carrying the run key, from this session or any other
 * @param executions today's executions carrying the run key
 */
public record EarlierAttempt(List<OrderReport> openOrders, List<Fill> executions) {

  public EarlierAttempt {
    openOrders = List.copyOf(openOrders);
    executions = List.copyOf(executions);
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
    return new EarlierAttempt(List.copyOf(open.values()), fills);
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
    return openOrders.isEmpty() && executions.isEmpty();
  }

  /** The open orders as an outcome reports them. */
  public List<ReportedOrder> reportedOrders() {
    return openOrders.stream().map(ReportedOrder::from).toList();
  }

  /** The executions as an outcome reports them. */
  public List<ReportedExecution> reportedExecutions() {
    return executions.stream().map(ReportedExecution::from).toList();
  }

  /** How a run that found this ends: {@code ok}, or {@code partial} while an order is open. */
  public OutcomeStatus status() {
    return openOrders.isEmpty() ? OutcomeStatus.OK : OutcomeStatus.PARTIAL;
  }

  /**
   * The answer of a run that found this and placed nothing: {@link #status()}, the {@link #notice}
   * first among the warnings.
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
    return new IntentResult(status(), result, all, errors);
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
            + " execution(s): nothing placed again");
  }
}
