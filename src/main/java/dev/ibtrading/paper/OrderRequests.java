package dev.ibtrading.paper;

import dev.ibtrading.ib.message.CancelOrder;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.RequestExecutions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order requests: place, cancel, global cancel, open orders, completed orders, executions. The
 * orders live in one {@link PaperOrderBook} per gateway; tests arm its faults through {@link
 * PaperOrderRules#of}.
 */
final class OrderRequests implements PaperRequestHandler {
  private static final Logger log = LoggerFactory.getLogger(OrderRequests.class);

  private final PaperOrderBook book;

  OrderRequests(PaperGateway gateway) {
    this.book = new PaperOrderBook(gateway, PaperOrderRules.register(gateway));
  }

  /** See {@link PaperGateway#tickOrders()}. */
  void tick() {
    book.tick();
  }

  @Override
  public Set<ClientMessageType> handles() {
    return Set.of(
        ClientMessageType.PLACE_ORDER,
        ClientMessageType.CANCEL_ORDER,
        ClientMessageType.REQ_OPEN_ORDERS,
        ClientMessageType.REQ_ALL_OPEN_ORDERS,
        ClientMessageType.REQ_AUTO_OPEN_ORDERS,
        ClientMessageType.REQ_GLOBAL_CANCEL,
        ClientMessageType.REQ_EXECUTIONS,
        ClientMessageType.REQ_COMPLETED_ORDERS);
  }

  @Override
  public void handle(ClientMessage request, PaperSession session) {
    switch (request.type()) {
      case PLACE_ORDER -> book.place((PlaceOrder) request, session);
      case CANCEL_ORDER -> book.cancel(((CancelOrder) request).orderId(), session);
      case REQ_OPEN_ORDERS -> book.sendOpenOrders(session, false);
      case REQ_ALL_OPEN_ORDERS -> book.sendOpenOrders(session, true);
      case REQ_GLOBAL_CANCEL -> book.cancelAll();
      case REQ_COMPLETED_ORDERS -> book.sendCompletedOrders(session);
      case REQ_EXECUTIONS -> {
        RequestExecutions executions = (RequestExecutions) request;
        book.sendExecutions(executions.reqId(), executions.filter(), session);
      }
      // The simulator has no orders placed by hand in TWS to bind: nothing to send.
      case REQ_AUTO_OPEN_ORDERS ->
          log.debug("Client {} asked for auto open orders", session.clientId());
      default -> throw new IllegalArgumentException("not an order request: " + request.type());
    }
  }
}
