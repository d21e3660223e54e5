package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
