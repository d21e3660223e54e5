package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OpenOrderEnd;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.RequestAllOpenOrders;
import dev.ibtrading.ib.message.RequestOpenOrders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open orders (§3.12): this client id's (REQ_OPEN_ORDERS) or the account's from every client
 * (REQ_ALL_OPEN_ORDERS); each OPEN_ORDER with the latest ORDER_STATUS for it, until OPEN_ORDER_END.
 * The answer carries no request id, so only one such request may be in flight at a time; the caller
 * serializes them.
 */
final class OpenOrdersRequest extends PendingRequest<List<OpenOrdersRequest.Entry>> {
  /** One open order; {@code status} is {@code null} if no ORDER_STATUS came with it. */
  record Entry(OpenOrder order, OrderStatusMessage status) {}

  /** Whose open orders to ask for. */
  enum Scope {
    /** Orders placed with this session's client id. */
    THIS_CLIENT,
    /** Every open order of the account, whichever client (or TWS user) placed it. */
    ALL_CLIENTS
  }

  private final Scope scope;
  private final Map<String, OpenOrder> orders = new LinkedHashMap<>();
  private final Map<String, OrderStatusMessage> statuses = new LinkedHashMap<>();

  OpenOrdersRequest(Scope scope) {
    this.scope = scope;
  }

  @Override
  public int requestId() {
    return NO_REQUEST_ID;
  }

  @Override
  public String describe() {
    return scope == Scope.THIS_CLIENT ? "own open orders" : "open orders";
  }

  @Override
  public ClientMessage request() {
    return scope == Scope.THIS_CLIENT ? new RequestOpenOrders() : new RequestAllOpenOrders();
  }

  @Override
  protected void onMessage(Object message) {
    if (message instanceof OpenOrder open) {
      orders.put(key(open.permId(), open.clientId(), open.orderId()), open);
    } else if (message instanceof OrderStatusMessage status) {
      statuses.put(key(status.permId(), status.clientId(), status.orderId()), status);
    } else if (message instanceof OpenOrderEnd) {
      List<Entry> entries = new ArrayList<>();
      orders.forEach((key, open) -> entries.add(new Entry(open, statuses.get(key))));
      complete(entries);
    }
  }

  /** The permanent id is unique in the account; manual TWS orders may share order id 0. */
  private static String key(long permId, int clientId, int orderId) {
    return permId != 0 ? "p" + permId : "c" + clientId + ":" + orderId;
  }
}
