package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_ALL_OPEN_ORDERS (out 16, §3.12): the account's open orders from every client, as OPEN_ORDER +
 * ORDER_STATUS each, then {@link OpenOrderEnd}.
 */
public record RequestAllOpenOrders() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_ALL_OPEN_ORDERS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestAllOpenOrders read(FieldReader in) {
    in.readInt(); // version
    return new RequestAllOpenOrders();
  }
}
