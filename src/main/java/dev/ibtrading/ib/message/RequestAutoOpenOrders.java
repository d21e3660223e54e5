package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_AUTO_OPEN_ORDERS (out 15, §3.12): {@code [15, 1, autoBind]}. Only client id 0 may ask; with
 * {@code autoBind} TWS binds orders placed manually in TWS to it.
 */
public record RequestAutoOpenOrders(boolean autoBind) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_AUTO_OPEN_ORDERS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(autoBind);
  }

  public static RequestAutoOpenOrders read(FieldReader in) {
    in.readInt(); // version
    return new RequestAutoOpenOrders(in.readBool());
  }
}
