package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** OPEN_ORDER_END (in 53, §3.10): the end of an open-orders answer. */
public record OpenOrderEnd() implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.OPEN_ORDER_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static OpenOrderEnd read(FieldReader in) {
    in.readInt(); // version
    return new OpenOrderEnd();
  }
}
