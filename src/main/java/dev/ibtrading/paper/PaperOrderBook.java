package dev.ibtrading.paper;

import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.message.CompletedOrder;
import dev.ibtrading.ib.message.CompletedOrdersEnd;
import dev.ibtrading.ib.message.ExecutionDataEnd;
import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.OpenOrderEnd;
import dev.ibtrading.ib.message.PlaceOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper account's orders and the day's executions, shared by all sessions (§5). Order ids are
 * per client id (§5.1): an id at or below the highest that client used is a duplicate (103), unless
 * it names that client's own working order, which modifies it. Only the owner may cancel an order;
 * a global cancel cancels everyone's. One lock guards everything, so an order can never fill twice
 * and its fills never exceed its quantity.
 */
final class PaperOrderBook {
  private static final Logger log = LoggerFactory.getLogger(PaperOrderBook.class);
  private static final long FIRST_PERM_ID = 1_000_001;

  private final PaperGateway gateway;
  private final PaperOrderRules rules;
  private final PaperOrderOutbox outbox;
  private final PaperMatcher matcher;
  private final PaperOrderTicker ticker;
  private final PaperOrderIntake intake;
  private final Map<String, PaperOrder> working = new LinkedHashMap<>();
  private final Map<Integer, Integer> highestIdByClient = new HashMap<>();
  private final List<PaperExecution> executions = new ArrayList<>();
  private final List<CompletedOrder> completed = new ArrayList<>();
  private long nextPermId = FIRST_PERM_ID;

  PaperOrderBook(PaperGateway gateway, PaperOrderRules rules) {
    this.gateway = gateway;
    this.rules = rules;
    this.outbox = new PaperOrderOutbox(gateway);
    this.matcher = new PaperMatcher(gateway, outbox, executions::add, gateway.market()::lastPrice);
    this.ticker = new PaperOrderTicker(this);
    this.intake = new PaperOrderIntake(gateway, rules);
  }

  synchronized void place(PlaceOrder request, PaperSession session) {
    int clientId = session.clientId();
    int orderId = request.orderId();
    PaperOrder existing = working.get(key(clientId, orderId));
    if (existing != null && existing.isWorking()) {
      intake.modify(existing, request, session);
      afterChange(existing);
      return;
    }
    if (orderId <= highestIdByClient.getOrDefault(clientId, 0)) {
      session.sendError(orderId, IbErrorCodes.DUPLICATE_ORDER_ID, "Duplicate order id");
      return;
    }
    highestIdByClient.put(clientId, orderId);
    gateway.orderIdUsed(orderId);
    PaperOrder order = intake.accept(request, session, nextPermId++);
    if (order != null) {
      working.put(key(clientId, orderId), order);
      afterChange(order);
    }
  }

  synchronized void cancel(int orderId, PaperSession session) {
    if (rules.cancelsHeld()) {
      log.info(
          "Paper gateway fault: cancel of order {} of client {} held", orderId, session.clientId());
      return;
    }
    PaperOrder order = working.get(key(session.clientId(), orderId));
    if (order == null || !order.isWorking()) {
      session.sendError(
          orderId,
          IbErrorCodes.ORDER_TO_CANCEL_NOT_FOUND,
          "OrderId " + orderId + " that needs to be cancelled is not found.");
      return;
    }
    cancel(order);
  }

  /** REQ_GLOBAL_CANCEL: every working order of every client. */
  synchronized void cancelAll() {
    if (rules.cancelsHeld()) {
      log.info("Paper gateway fault: global cancel held");
      return;
    }
    for (PaperOrder order : List.copyOf(working.values())) {
      if (order.isWorking()) {
        cancel(order);
      }
    }
  }

  /** Working orders (of the session's client, or of all) as OPEN_ORDER + ORDER_STATUS, then END. */
  synchronized void sendOpenOrders(PaperSession session, boolean allClients) {
    for (PaperOrder order : working.values()) {
      if (order.isWorking() && (allClients || order.clientId == session.clientId())) {
        session.send(order.openOrder());
        session.send(order.orderStatus());
      }
    }
    session.send(new OpenOrderEnd());
  }

  /** Today's executions (New York date) matching the filter, each with its commission, then END. */
  synchronized void sendExecutions(int reqId, ExecutionFilter filter, PaperSession session) {
    Instant now = gateway.clock().now();
    LocalDate today = now.atZone(PaperOrderTimes.NEW_YORK).toLocalDate();
    Instant since = filter.time().isEmpty() ? null : PaperOrderTimes.parseIbTime(filter.time());
    if (!filter.time().isEmpty() && since == null) {
      log.warn("Ignoring unreadable execution filter time '{}'", filter.time());
    }
    for (PaperExecution execution : executions) {
      if (execution.time().atZone(PaperOrderTimes.NEW_YORK).toLocalDate().equals(today)
          && execution.matches(filter, since)) {
        session.send(execution.toMessage(reqId));
        session.send(execution.commissionReport());
      }
    }
    session.send(new ExecutionDataEnd(reqId));
  }

  /**
   * REQ_COMPLETED_ORDERS: the orders of all clients that were filled or cancelled today (New York
   * date), oldest first, then END. {@code apiOnly} changes nothing: every paper order came through
   * the API.
   */
  synchronized void sendCompletedOrders(PaperSession session) {
    LocalDate today = gateway.clock().now().atZone(PaperOrderTimes.NEW_YORK).toLocalDate();
    for (CompletedOrder order : completed) {
      if (order.completedTime().startsWith(PaperOrderTimes.ibDate(today))) {
        session.send(order);
      }
    }
    session.send(new CompletedOrdersEnd());
  }

  /** Moves every working order along; stops the ticker when none is left. */
  synchronized void tick() {
    Instant now = gateway.clock().now();
    for (PaperOrder order : List.copyOf(working.values())) {
      matcher.evaluate(order, now);
    }
    for (PaperOrder order : List.copyOf(working.values())) {
      if (!order.isWorking()) {
        complete(order, order.status);
      }
    }
    if (working.isEmpty()) {
      ticker.stop();
    }
  }

  private void afterChange(PaperOrder order) {
    matcher.evaluate(order, gateway.clock().now());
    if (order.isWorking()) {
      ticker.start();
    } else {
      complete(order, order.status);
    }
  }

  /**
   * Takes an order that ended out of the working ones and keeps it for completed-order requests.
   * {@code completedStatus} is IB's text: {@code Filled}, {@code Cancelled by Trader} for a
   * client's cancel (rust-ibapi@0e41d5b src/orders/async_tests.rs), else the final status.
   */
  private void complete(PaperOrder order, String completedStatus) {
    working.remove(key(order.clientId, order.orderId));
    completed.add(
        new CompletedOrder(
            order.contract,
            order.terms,
            order.permId,
            order.status,
            order.filled,
            PaperOrderTimes.completedTime(gateway.clock().now()),
            completedStatus));
  }

  private void cancel(PaperOrder order) {
    outbox.error(
        order.clientId, order.orderId, IbErrorCodes.ORDER_CANCELLED, "Order Canceled - reason:");
    matcher.end(order, PaperOrder.CANCELLED);
    complete(order, "Cancelled by Trader");
  }

  private static String key(int clientId, int orderId) {
    return clientId + ":" + orderId;
  }
}
