package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** REQ_CURRENT_TIME (out 49, §3.1), answered by {@link CurrentTime}. */
public record RequestCurrentTime() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_CURRENT_TIME;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestCurrentTime read(FieldReader in) {
    in.readInt(); // version
    return new RequestCurrentTime();
  }
}
