package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.trigger.Intent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of today's executions in the account are this worker's. IB reports executions of every
 * client; what marks the worker's is the run key it writes into each order's {@code orderRef}. An
 * execution is this worker's when its {@code orderRef} is not empty and
 *
 * <ol>
 *   <li>starts with {@code <intent>:} for one of the intents' wire names ({@code allocation:},
 *       {@code risk-check:}, {@code eod-check:}, {@code summary:}, {@code close-all:}): the run
 *       keys the worker derives from a Pub/Sub message id or a plain body. This holds across
 *       restarts and client ids; or
 *   <li>names the current run ({@link EarlierAttempt#ofRun}); or
 *   <li>is the {@code orderRef} of an order placed by this worker's client id: one still open
 *       ({@link Broker#ownOpenOrders()}), or one this session placed ({@link Broker#order} with the
 *       same {@code orderRef}). This covers run keys a publisher chose with the {@code runId}
 *       attribute, which can look like anything, as long as the order is open or was placed since
 *       the worker's last restart.
 * </ol>
 *
 * <p>So after a restart, the filled orders of a run named by a {@code runId} that does not start
 * with {@code <intent>:} are no longer recognized; publishers that name runs should use that form
 * (e.g. {@code allocation:2025-01-02-open}). Orders from TWS or other tools carry an empty or
 * different {@code orderRef} and are never counted; a second program using the same {@code
 * <intent>:} form in the same account would be.
 */
public final class WorkerExecutions {
  private static final List<String> PREFIXES =
      Arrays.stream(Intent.values()).map(i -> i.wireName() + ":").toList();

  private WorkerExecutions() {}

  /** This worker's executions among {@code broker.executions()}, in the broker's order. */
  public static List<Fill> of(Broker broker, List<OrderReport> ownOpenOrders, String runKey) {
    Set<String> ownRefs = new HashSet<>();
    ownOpenOrders.forEach(o -> ownRefs.add(o.description().orderRef()));
    return broker.executions().stream().filter(f -> isOwn(f, runKey, ownRefs, broker)).toList();
  }

  /** True when {@code orderRef} has the form of a run key the worker derives itself. */
  static boolean isDerivedRunKey(String orderRef) {
    return orderRef != null && PREFIXES.stream().anyMatch(orderRef::startsWith);
  }

  private static boolean isOwn(Fill fill, String runKey, Set<String> ownRefs, Broker broker) {
    String ref = fill.orderRef();
    if (ref == null || ref.isEmpty()) {
      return false;
    }
    if (isDerivedRunKey(ref) || EarlierAttempt.ofRun(ref, runKey) || ownRefs.contains(ref)) {
      return true;
    }
    return broker
        .order(fill.orderId())
        .map(o -> ref.equals(o.description().orderRef()))
        .orElse(false);
  }
}
