package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_COMPLETED_ORDERS (out 99): {@code [99, apiOnly]}, no version; answered by one {@link
 * CompletedOrder} per filled or cancelled order of the day, then {@link CompletedOrdersEnd}
 * (xqguo/twsapi@f3ca7c7 EClient.reqCompletedOrders).
 *
 * @param apiOnly only orders placed through the API (all orders of the paper gateway are)
 */
public record RequestCompletedOrders(boolean apiOnly) implements ClientMessage {

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_COMPLETED_ORDERS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(apiOnly);
  }

  public static RequestCompletedOrders read(FieldReader in) {
    return new RequestCompletedOrders(in.readBool());
  }
}
