package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CURRENT_TIME (in 49, §3.1): the gateway's clock in epoch seconds. */
public record CurrentTime(long epochSeconds) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.CURRENT_TIME;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(epochSeconds);
  }

  public static CurrentTime read(FieldReader in) {
    in.readInt(); // version
    return new CurrentTime(in.readLong());
  }
}
