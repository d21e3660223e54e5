package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/** TICK_SIZE (in 2, §3.5): a size or volume tick; {@code size} is {@code null} when unset. */
public record TickSize(int tickerId, int tickType, BigDecimal size) implements ServerMessage {
  private static final int VERSION = 6;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_SIZE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId).add(tickType).add(size);
  }

  public static TickSize read(FieldReader in) {
    in.readInt(); // version
    return new TickSize(in.readInt(), in.readInt(), in.readDecimal());
  }
}
