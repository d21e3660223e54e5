package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_GLOBAL_CANCEL (out 58, §3.12) at 176: {@code [58, 1]}. Cancels every open order of the
 * account, whichever client placed it; each cancel is reported as for CANCEL_ORDER.
 */
public record RequestGlobalCancel() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_GLOBAL_CANCEL;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestGlobalCancel read(FieldReader in) {
    in.readInt(); // version
    return new RequestGlobalCancel();
  }
}
