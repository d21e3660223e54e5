package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** TICK_STRING (in 46, §3.5): a text tick, e.g. 45 LAST_TIMESTAMP in epoch seconds. */
public record TickString(int tickerId, int tickType, String value) implements ServerMessage {
  private static final int VERSION = 6;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_STRING;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId).add(tickType).add(value);
  }

  public static TickString read(FieldReader in) {
    in.readInt(); // version
    return new TickString(in.readInt(), in.readInt(), in.readString());
  }
}
