package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** NEXT_VALID_ID (in 9, §2.2): the lowest order id the client may use next. */
public record NextValidId(int orderId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.NEXT_VALID_ID;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(orderId);
  }

  public static NextValidId read(FieldReader in) {
    in.readInt(); // version
    return new NextValidId(in.readInt());
  }
}
