package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** TICK_GENERIC (in 45, §3.5): a numeric tick that is neither price nor size, e.g. 49 HALTED. */
public record TickGeneric(int tickerId, int tickType, double value) implements ServerMessage {
  private static final int VERSION = 6;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_GENERIC;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId).add(tickType).add(value);
  }

  public static TickGeneric read(FieldReader in) {
    in.readInt(); // version
    return new TickGeneric(in.readInt(), in.readInt(), in.readDouble());
  }
}
