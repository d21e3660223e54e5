package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.CompletedOrder;
import dev.ibtrading.ib.message.CompletedOrdersEnd;
import dev.ibtrading.ib.message.RequestCompletedOrders;
import java.util.ArrayList;
import java.util.List;

/**
 * The account's orders that ended today, filled or not (REQ_COMPLETED_ORDERS): each COMPLETED_ORDER
 * until COMPLETED_ORDERS_END (xqguo/twsapi@f3ca7c7 EClient.reqCompletedOrders,
 * EDecoder.processCompletedOrderMsg and processCompletedOrdersEndMsg). Unlike open orders and
 * executions, these are the orders a new session cannot otherwise see when they ended without a
 * fill. The answer carries no request id, so only one such request may be in flight at a time; the
 * caller serializes them.
 */
final class CompletedOrdersRequest extends PendingRequest<List<CompletedOrder>> {
  private final List<CompletedOrder> orders = new ArrayList<>();

  @Override
  public int requestId() {
    return NO_REQUEST_ID;
  }

  @Override
  public String describe() {
    return "completed orders";
  }

  @Override
  public ClientMessage request() {
    // apiOnly false: an order a person placed in TWS under the run's orderRef counts too.
    return new RequestCompletedOrders(false);
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof CompletedOrder order) {
      orders.add(order);
    } else if (message instanceof CompletedOrdersEnd) {
      complete(List.copyOf(orders));
    }
  }
}
