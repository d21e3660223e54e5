package dev.ibtrading.ib;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderDescription;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What this session knows about one of its orders, merged from messages that may repeat or arrive
 * in any order (§5.3). Guarded by the {@link OrderTracker}'s lock.
 *
 * <ul>
 *   <li>Executions are the authoritative fills, kept once per execId; when they add up to the
 *       order's quantity the order is FILLED whatever the statuses say.
 *   <li>A terminal status (Filled, Cancelled, or a 201/202) sticks: a repeated older status cannot
 *       revive the order; only FILLED may replace another terminal status, and the gateway's own
 *       terminal status may refine one inferred from an error (201 then Inactive), never the
 *       reverse.
 *   <li>A terminal status inferred from an error before any status (and Inactive, which IB may
 *       lift) is provisional: a later working status from the gateway wins, so an order that does
 *       live is never hidden.
 *   <li>103 (duplicate id) before any status means the gateway did not take this order; later
 *       messages with the id are another order's and are ignored.
 * </ul>
 */
final class TrackedOrder {
  final int orderId;
  OrderRequest request; // null when the order is not one the worker could have placed
  private OrderDescription description; // null until known: from the request or an OPEN_ORDER
  private BigDecimal totalQuantity;
  private long permId;
  private OrderStatus working = OrderStatus.PENDING_SUBMIT;
  private OrderStatus beforeCancel;
  private OrderStatus terminal;
  private boolean terminalSticks;
  private boolean terminalFromError;
  private boolean failed;
  private boolean seenByGateway;
  private BigDecimal statusFilled = BigDecimal.ZERO;
  private double statusAveragePrice;
  private BigDecimal statusRemaining;
  private final Map<String, ExecutionData> executions = new LinkedHashMap<>();
  private String lastError = "";
  final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
  private CompletableFuture<Void> settled = new CompletableFuture<>();

  TrackedOrder(int orderId, OrderRequest request) {
    this.orderId = orderId;
    this.request = request;
    this.description = request == null ? null : OrderDescription.of(request);
    this.totalQuantity = request == null ? null : request.quantity();
  }

  void onOpenOrder(OpenOrder open) {
    if (failed) {
      return;
    }
    permId = open.permId() != 0 ? open.permId() : permId;
    if (open.terms().totalQuantity() != null) {
      totalQuantity = open.terms().totalQuantity();
    }
    if (request == null) {
      request = OrderMapping.toRequest(open);
      OrderDescription described = OrderMapping.describe(open);
      description = described != null ? described : description;
    }
    applyGatewayStatus(open.status());
  }

  void onStatus(OrderStatusMessage status) {
    if (failed) {
      return;
    }
    permId = status.permId() != 0 ? status.permId() : permId;
    if (status.filled() != null && status.filled().compareTo(statusFilled) >= 0) {
      statusFilled = status.filled();
      statusAveragePrice = status.avgFillPrice();
      statusRemaining = status.remaining();
    }
    applyGatewayStatus(status.status());
  }

  void onExecution(ExecutionData data) {
    if (failed) {
      return;
    }
    executions.putIfAbsent(data.execution().execId(), data);
    seenByGateway = true;
    acknowledged.complete(null);
    settleIfDone();
  }

  void onError(ErrorMessage error) {
    lastError = error.code() + ": " + error.message();
    int code = error.code();
    if (code == IbErrorCodes.ORDER_REJECTED || code == IbErrorCodes.ORDER_CANCELLED) {
      endWith(OrderStatus.CANCELLED, true, true);
    } else if (code == IbErrorCodes.DUPLICATE_ORDER_ID && !seenByGateway) {
      failed = true;
      endWith(OrderStatus.CANCELLED, true, true);
    } else if (!IbErrorCodes.isInformational(code)) {
      if (working == OrderStatus.PENDING_CANCEL) {
        working = beforeCancel; // the cancel failed; the order is as it was
      }
      if (!seenByGateway) {
        endWith(OrderStatus.CANCELLED, false, true);
      }
    } else {
      return; // a warning (399 ...): the order goes on
    }
    acknowledged.complete(null);
    settleIfDone();
  }

  void markPendingCancel() {
    if (terminal == null && !failed && working != OrderStatus.PENDING_CANCEL) {
      beforeCancel = working;
      working = OrderStatus.PENDING_CANCEL;
    }
  }

  void noteError(String text) {
    lastError = text;
  }

  OrderStatus status() {
    if (failed) {
      return OrderStatus.CANCELLED;
    }
    if (totalQuantity != null && executed().compareTo(totalQuantity) >= 0) {
      return OrderStatus.FILLED;
    }
    return terminal != null ? terminal : working;
  }

  /** Completes once the order is terminal and its executions cover what its status says filled. */
  CompletableFuture<Void> settled() {
    return settled;
  }

  /**
   * The order as it stands; empty while nothing describes it (only a status of it was seen, or its
   * OPEN_ORDER names no side IB knows).
   */
  Optional<OrderReport> report(CommissionBook commissions) {
    OrderDescription described = description != null ? description : describedByExecutions();
    if (described == null) {
      return Optional.empty();
    }
    List<Fill> fills = new ArrayList<>();
    for (ExecutionData d : executions.values()) {
      Fill fill =
          OrderMapping.toFillOrNull(
              d.execution(),
              d.contract(),
              request == null ? null : request.contract(),
              commissions.commission(d.execution().execId()).orElse(null));
      if (fill != null) {
        fills.add(fill);
      }
    }
    BigDecimal executed = executed();
    BigDecimal filled = executed.max(statusFilled);
    BigDecimal average = null;
    if (executed.signum() > 0) {
      BigDecimal notional =
          fills.stream()
              .map(f -> f.shares().multiply(f.price()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      average = notional.divide(executed, 8, RoundingMode.HALF_EVEN).stripTrailingZeros();
    } else if (statusFilled.signum() > 0) {
      average = BigDecimal.valueOf(statusAveragePrice);
    }
    BigDecimal remaining =
        totalQuantity != null
            ? totalQuantity.subtract(filled).max(BigDecimal.ZERO)
            : statusRemaining != null ? statusRemaining : BigDecimal.ZERO;
    return Optional.of(
        new OrderReport(
            orderId, permId, described, request, status(), filled, remaining, average, fills,
            lastError));
  }

  private void applyGatewayStatus(String ibStatus) {
    seenByGateway = true;
    OrderStatus status = OrderStatus.fromIb(ibStatus);
    if (status.isTerminal()) {
      endWith(status, status != OrderStatus.INACTIVE, false);
    } else if (status != OrderStatus.UNKNOWN) {
      if (terminal != null && !terminalSticks) {
        terminal = null; // the gateway says the order works after all
        if (settled.isDone()) {
          settled = new CompletableFuture<>();
        }
      }
      if (terminal == null) {
        working = status;
      }
    }
    acknowledged.complete(null);
    settleIfDone();
  }

  /**
   * @param sticks whether later working statuses are ignored
   * @param fromError inferred from an ERR_MSG rather than reported as a status
   */
  private void endWith(OrderStatus status, boolean sticks, boolean fromError) {
    if (terminal != null && fromError && !terminalFromError) {
      return; // the gateway's own status stands; the error is only recorded
    }
    if (terminal == null
        || status == OrderStatus.FILLED
        || !terminalSticks
        || (terminalFromError && !fromError)) {
      terminal = status;
      terminalSticks = sticks || status == OrderStatus.FILLED;
      terminalFromError = fromError;
    }
  }

  private void settleIfDone() {
    OrderStatus status = status();
    if (!status.isTerminal()) {
      return;
    }
    BigDecimal needed = statusFilled;
    if (status == OrderStatus.FILLED && totalQuantity != null) {
      needed = needed.max(totalQuantity);
    }
    if (failed || executed().compareTo(needed) >= 0) {
      settled.complete(null);
    }
  }

  /**
   * What the executions tell of an order whose OPEN_ORDER was not seen (a replay after a restart):
   * contract, side and reference; type and time in force stay unknown (empty).
   */
  private OrderDescription describedByExecutions() {
    for (ExecutionData d : executions.values()) {
      OrderSide side;
      try {
        side = OrderMapping.side(d.execution().side());
      } catch (IllegalArgumentException e) {
        continue;
      }
      BigDecimal quantity =
          totalQuantity != null
              ? totalQuantity
              : statusRemaining != null ? statusFilled.add(statusRemaining) : executed();
      return new OrderDescription(
          OrderMapping.toContract(d.contract()),
          d.contract().secType(),
          side,
          quantity,
          "",
          "",
          null,
          d.execution().orderRef());
    }
    return null;
  }

  private BigDecimal executed() {
    return executions.values().stream()
        .map(d -> d.execution().shares())
        .filter(s -> s != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
