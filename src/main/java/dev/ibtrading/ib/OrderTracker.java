package dev.ibtrading.ib;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The state of this client id's orders, kept from every OPEN_ORDER, ORDER_STATUS, EXECUTION_DATA,
 * COMMISSION_REPORT and order ERR_MSG the session receives ({@link #accept} is an {@link IbClient}
 * listener, called on the reader thread). Other clients' orders are not tracked. How repeated and
 * reordered messages are merged is described on {@link TrackedOrder}.
 *
 * <p>Executions of an order not yet known (a replay before its OPEN_ORDER) are held until it is.
 */
final class OrderTracker {
  private final int ownClientId;
  private final CommissionBook commissions = new CommissionBook();
  private final Map<Integer, TrackedOrder> orders = new HashMap<>();
  private final Map<Integer, Map<String, ExecutionData>> unclaimed = new HashMap<>();
  private final Map<Integer, List<CompletableFuture<Void>>> cancelWaiters = new HashMap<>();

  OrderTracker(int ownClientId) {
    this.ownClientId = ownClientId;
  }

  CommissionBook commissions() {
    return commissions;
  }

  void accept(Object message) {
    if (message instanceof CommissionReport report) {
      commissions.add(report);
      return;
    }
    synchronized (this) {
      if (message instanceof OpenOrder open && open.clientId() == ownClientId) {
        TrackedOrder order = orderFor(open.orderId());
        order.onOpenOrder(open);
        afterChange(order);
      } else if (message instanceof OrderStatusMessage status && status.clientId() == ownClientId) {
        TrackedOrder order = orderFor(status.orderId());
        order.onStatus(status);
        afterChange(order);
      } else if (message instanceof ExecutionData data
          && data.execution().clientId() == ownClientId) {
        onExecution(data);
      } else if (message instanceof ErrorMessage error) {
        onError(error);
      }
    }
  }

  /** Starts tracking an order about to be placed; call before sending it. */
  synchronized void register(int orderId, OrderRequest request) {
    if (orders.containsKey(orderId)) {
      throw new IllegalStateException("order id " + orderId + " is already tracked");
    }
    orders.put(orderId, new TrackedOrder(orderId, request));
  }

  synchronized boolean isTracked(int orderId) {
    return orders.containsKey(orderId);
  }

  synchronized Optional<OrderReport> report(int orderId) {
    TrackedOrder order = orders.get(orderId);
    return order == null ? Optional.empty() : order.report(commissions);
  }

  /** Completes at the first status, execution or error for the order; empty if untracked. */
  synchronized Optional<CompletableFuture<Void>> acknowledged(int orderId) {
    return Optional.ofNullable(orders.get(orderId)).map(o -> o.acknowledged);
  }

  /** Completes when the order is terminal with its fills reported; empty if untracked. */
  synchronized Optional<CompletableFuture<Void>> settled(int orderId) {
    return Optional.ofNullable(orders.get(orderId)).map(TrackedOrder::settled);
  }

  synchronized void noteError(int orderId, String text) {
    TrackedOrder order = orders.get(orderId);
    if (order != null) {
      order.noteError(text);
    }
  }

  /**
   * Watches a cancel: completes when the order is terminal or 202 arrives, fails with {@link
   * IbRequestException} on another error for the order (10147 not found, 161 not cancellable).
   * Marks a tracked working order PendingCancel meanwhile. Call before sending the cancel; {@link
   * #forgetCancel} when done waiting.
   */
  synchronized CompletableFuture<Void> watchCancel(int orderId) {
    CompletableFuture<Void> outcome = new CompletableFuture<>();
    TrackedOrder order = orders.get(orderId);
    if (order != null && order.status().isTerminal()) {
      outcome.complete(null);
      return outcome;
    }
    if (order != null) {
      order.markPendingCancel();
    }
    cancelWaiters.computeIfAbsent(orderId, id -> new ArrayList<>()).add(outcome);
    return outcome;
  }

  synchronized void forgetCancel(int orderId, CompletableFuture<Void> outcome) {
    List<CompletableFuture<Void>> waiters = cancelWaiters.get(orderId);
    if (waiters != null && waiters.remove(outcome) && waiters.isEmpty()) {
      cancelWaiters.remove(orderId);
    }
  }

  private TrackedOrder orderFor(int orderId) {
    TrackedOrder order = orders.get(orderId);
    if (order == null) {
      order = new TrackedOrder(orderId, null);
      orders.put(orderId, order);
      Map<String, ExecutionData> early = unclaimed.remove(orderId);
      if (early != null) {
        early.values().forEach(order::onExecution);
      }
    }
    return order;
  }

  private void onExecution(ExecutionData data) {
    int orderId = data.execution().orderId();
    TrackedOrder order = orders.get(orderId);
    if (order == null) {
      unclaimed
          .computeIfAbsent(orderId, id -> new LinkedHashMap<>())
          .putIfAbsent(data.execution().execId(), data);
      return;
    }
    order.onExecution(data);
    afterChange(order);
  }

  private void onError(ErrorMessage error) {
    TrackedOrder order = orders.get(error.id());
    if (order != null) {
      order.onError(error);
      afterChange(order);
    }
    List<CompletableFuture<Void>> waiters = cancelWaiters.get(error.id());
    if (waiters == null) {
      return;
    }
    if (error.code() == IbErrorCodes.ORDER_CANCELLED) {
      completeCancelWaiters(error.id());
    } else if (!IbErrorCodes.isInformational(error.code())) {
      IbRequestException failure = new IbRequestException("cancel of order " + error.id(), error);
      cancelWaiters.remove(error.id()).forEach(w -> w.completeExceptionally(failure));
    }
  }

  private void afterChange(TrackedOrder order) {
    if (order.status().isTerminal()) {
      completeCancelWaiters(order.orderId);
    }
  }

  private void completeCancelWaiters(int orderId) {
    List<CompletableFuture<Void>> waiters = cancelWaiters.remove(orderId);
    if (waiters != null) {
      waiters.forEach(w -> w.complete(null));
    }
  }
}
