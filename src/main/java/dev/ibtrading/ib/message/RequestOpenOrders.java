package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_OPEN_ORDERS (out 5, §3.12): the open orders this client id placed, as OPEN_ORDER +
 * ORDER_STATUS each, then {@link OpenOrderEnd}.
 */
public record RequestOpenOrders() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_OPEN_ORDERS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestOpenOrders read(FieldReader in) {
    in.readInt(); // version
    return new RequestOpenOrders();
  }
}
