package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CANCEL_POSITIONS (out 64, §3.3): ends the session's {@link RequestPositions} subscription. */
public record CancelPositions() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_POSITIONS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static CancelPositions read(FieldReader in) {
    in.readInt(); // version
    return new CancelPositions();
  }
}
