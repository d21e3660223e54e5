package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** POSITION_END (in 62, §3.3): the initial answer to {@link RequestPositions} is complete. */
public record PositionEnd() implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.POSITION_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static PositionEnd read(FieldReader in) {
    in.readInt(); // version
    return new PositionEnd();
  }
}
