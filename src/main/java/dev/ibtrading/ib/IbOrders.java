package dev.ibtrading.ib;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.ib.message.CancelOrder;
import dev.ibtrading.ib.message.CompletedOrder;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.RequestGlobalCancel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders half of {@link IbBroker}: placing, watching and cancelling orders and reading
 * executions over one {@link IbClient}. Its {@link OrderTracker} and {@link OrderIdAllocator}
 * listen to the client for as long as the client lives, across reconnects. One per client: two
 * would hand out the same order ids (the gateway would refuse the second with 103).
 */
final class IbOrders {
  private static final Logger log = LoggerFactory.getLogger(IbOrders.class);

  /** How long to wait for commission reports that trail their executions. */
  static final Duration COMMISSION_GRACE = Duration.ofSeconds(2);

  private final IbClient client;
  private final Supplier<String> account;
  private final OrderIdAllocator ids = new OrderIdAllocator();
  private final OrderTracker tracker;
  private final Object placing = new Object();
  private final Object openOrdersInFlight = new Object();
  private final Object completedOrdersInFlight = new Object();

  IbOrders(IbClient client, Supplier<String> account) {
    this.client = client;
    this.account = account;
    this.tracker = new OrderTracker(client.settings().clientId());
    client.addListener(ids::accept);
    client.addListener(tracker::accept);
  }

  /**
   * Sends PLACE_ORDER exactly once and waits up to the request timeout for the gateway's first word
   * on it. Without an answer in time (or when the send itself failed half-way) the report says
   * PENDING_SUBMIT: the order may exist, and the caller must reconcile (open orders, executions)
   * rather than place it again.
   *
   * @throws BrokerException (transient) when there is no usable session: nothing was sent
   */
  OrderReport place(OrderRequest request) {
    requireSession("order not placed");
    String tradedAccount = account.get();
    int orderId;
    synchronized (placing) { // the gateway must see ids in increasing order
      ids.startAtLeast(client.lastNextValidId());
      orderId = ids.allocate();
      tracker.register(orderId, request);
      try {
        client.send(OrderMapping.toPlaceOrder(orderId, request, tradedAccount));
      } catch (IbException e) {
        log.warn("Order {} may not have reached the gateway: {}", orderId, e.getMessage());
        tracker.noteError(
            orderId, "sending failed, outcome unknown (do not place again): " + e.getMessage());
        return report(orderId);
      }
    }
    log.info(
        "Placed order {}: {} {} {} {} ref '{}'",
        orderId,
        request.side(),
        request.quantity().toPlainString(),
        request.contract().symbol(),
        request.type(),
        request.orderRef());
    Duration timeout = client.settings().requestTimeout();
    if (!waitFor(tracker.acknowledged(orderId).orElseThrow(), timeout)) {
      log.warn("Order {} not acknowledged within {}; it is not placed again", orderId, timeout);
    }
    return report(orderId);
  }

  OrderReport await(int orderId, Duration timeout) {
    CompletableFuture<Void> settled =
        tracker.settled(orderId).orElseThrow(() -> unknownOrder(orderId));
    long deadline = System.nanoTime() + timeout.toNanos();
    if (waitFor(settled, timeout)) {
      List<String> execIds = report(orderId).fills().stream().map(Fill::execId).toList();
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      awaitCommissions(execIds, left.compareTo(COMMISSION_GRACE) < 0 ? left : COMMISSION_GRACE);
    }
    return report(orderId);
  }

  Optional<OrderReport> order(int orderId) {
    return tracker.report(orderId);
  }

  /**
   * Sends CANCEL_ORDER and waits for the outcome: the order terminal (cancelled, or filled first)
   * or an error. An order this session knows to be terminal is not sent a cancel.
   */
  void cancel(int orderId) {
    requireSession("cancel of order " + orderId + " not sent");
    CompletableFuture<Void> outcome = tracker.watchCancel(orderId);
    try {
      if (outcome.isDone()) {
        return;
      }
      client.send(new CancelOrder(orderId));
      Duration timeout = client.settings().requestTimeout();
      outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (IbException e) {
      throw IbBroker.translate(e);
    } catch (ExecutionException e) {
      throw IbBroker.translate(e.getCause());
    } catch (TimeoutException e) {
      throw new BrokerException(
          "cancel of order "
              + orderId
              + " got no answer within "
              + client.settings().requestTimeout(),
          true,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while cancelling order " + orderId, true, e);
    } finally {
      tracker.forgetCancel(orderId, outcome);
    }
  }

  /** Sends REQ_GLOBAL_CANCEL; the gateway confirms each order's cancel on its own. */
  void cancelAll() {
    requireSession("global cancel not sent");
    try {
      client.send(new RequestGlobalCancel());
    } catch (IbException e) {
      throw IbBroker.translate(e);
    }
    log.info("Requested cancel of every open order of the account");
  }

  /**
   * Open orders of the given scope; this client's with what the tracker knows of them (fills,
   * commissions), others' from the answer alone.
   */
  List<OrderReport> openOrders(OpenOrdersRequest.Scope scope) {
    List<OpenOrdersRequest.Entry> entries;
    synchronized (openOrdersInFlight) {
      entries = IbBroker.await(client.submit(new OpenOrdersRequest(scope)));
    }
    int own = client.settings().clientId();
    List<OrderReport> reports = new ArrayList<>();
    for (OpenOrdersRequest.Entry entry : entries) {
      OpenOrder open = entry.order();
      Optional<OrderReport> known =
          open.clientId() == own ? tracker.report(open.orderId()) : Optional.empty();
      Optional<OrderReport> report = known.isPresent() ? known : foreign(entry);
      if (report.isEmpty()) {
        log.warn(
            "Leaving out open order {} of client {} (permId {}): action '{}' is none of IB's",
            open.orderId(),
            open.clientId(),
            open.permId(),
            open.terms().action());
      } else if (report.get().status().isTerminal()) {
        continue;
      } else if (scope == OpenOrdersRequest.Scope.THIS_CLIENT && report.get().request() == null) {
        // Under this worker's client id, yet nothing it places (a stop, an IOC, an option...):
        // never counted or cancelled as the worker's own; the account's open orders report it.
        log.warn(
            "Open order {} of this client id is not one the worker places ({} {} {} {} {}):"
                + " not counted as its own",
            open.orderId(),
            open.contract().secType(),
            open.contract().symbol(),
            open.terms().action(),
            open.terms().orderType(),
            open.terms().tif());
      } else {
        reports.add(report.get());
      }
    }
    return reports;
  }

  /**
   * The account's orders that ended today (filled, cancelled, expired, rejected) from every client
   * and session, as the gateway reports them; those whose action is none of IB's are left out.
   */
  List<OrderReport> completedOrders() {
    List<CompletedOrder> orders;
    synchronized (completedOrdersInFlight) {
      orders = IbBroker.await(client.submit(new CompletedOrdersRequest()));
    }
    List<OrderReport> reports = new ArrayList<>();
    for (CompletedOrder order : orders) {
      Optional<OrderReport> report = CompletedOrderMapper.toReport(order);
      if (report.isEmpty()) {
        log.warn(
            "Leaving out completed order (permId {}): action '{}' is none of IB's",
            order.permId(),
            order.terms().action());
      } else {
        reports.add(report.get());
      }
    }
    return reports;
  }

  /**
   * Asks the gateway for the next valid order id (REQ_IDS) and returns the id this client will use
   * next: above both the gateway's answer and every id seen so far.
   */
  int nextValidOrderId() {
    IbBroker.await(client.submit(new NextValidIdRequest()));
    synchronized (placing) {
      ids.startAtLeast(client.lastNextValidId());
      return ids.peek();
    }
  }

  /** Today's executions of the traded account, with commissions that arrive within a grace. */
  List<Fill> executions() {
    ExecutionFilter filter = ExecutionFilter.account(account.get());
    List<ExecutionData> executions =
        IbBroker.await(client.submit(new ExecutionsRequest(client.nextRequestId(), filter)));
    awaitCommissions(
        executions.stream().map(d -> d.execution().execId()).toList(), COMMISSION_GRACE);
    CommissionBook commissions = tracker.commissions();
    List<Fill> fills = new ArrayList<>();
    for (ExecutionData d : executions) {
      Fill fill =
          OrderMapping.toFillOrNull(
              d.execution(),
              d.contract(),
              null,
              commissions.commission(d.execution().execId()).orElse(null));
      if (fill != null) {
        fills.add(fill);
      }
    }
    return fills;
  }

  private OrderReport report(int orderId) {
    return tracker.report(orderId).orElseThrow(() -> unknownOrder(orderId));
  }

  /**
   * Another client's order (or ours, unknown to the tracker), from the answer alone; empty when the
   * answer does not describe it.
   */
  private Optional<OrderReport> foreign(OpenOrdersRequest.Entry entry) {
    TrackedOrder order = new TrackedOrder(entry.order().orderId(), null);
    order.onOpenOrder(entry.order());
    if (entry.status() != null) {
      order.onStatus(entry.status());
    }
    return order.report(tracker.commissions());
  }

  private void requireSession(String what) {
    if (!client.state().acceptsRequests()) {
      throw new BrokerException(
          what + ": gateway " + client.settings().address() + " is " + client.state(), true, null);
    }
  }

  private void awaitCommissions(List<String> execIds, Duration max) {
    try {
      tracker.commissions().awaitAll(execIds, max);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True if the future completed within the timeout; false on timeout or interrupt. */
  private static boolean waitFor(CompletableFuture<Void> future, Duration timeout) {
    try {
      future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static BrokerException unknownOrder(int orderId) {
    return new BrokerException(
        "order " + orderId + " is unknown to this session (expected: one it placed or saw)",
        false,
        null);
  }
}
