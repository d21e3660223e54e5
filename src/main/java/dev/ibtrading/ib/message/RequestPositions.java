package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_POSITIONS (out 61, §3.3): subscribes to the positions of every managed account, answered by
 * {@link PositionMessage} rows and {@link PositionEnd}, then a row per change until {@link
 * CancelPositions}. There is no request id: answers cannot be told apart from one another.
 */
public record RequestPositions() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_POSITIONS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestPositions read(FieldReader in) {
    in.readInt(); // version
    return new RequestPositions();
  }
}
