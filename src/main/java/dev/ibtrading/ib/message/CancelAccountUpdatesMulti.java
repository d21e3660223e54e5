package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * CANCEL_ACCOUNT_UPDATES_MULTI (out 77, version 1): {@code [77, 1, reqId]}; no reply
 * (xqguo/twsapi@f3ca7c7 EClient.cancelAccountUpdatesMulti).
 */
public record CancelAccountUpdatesMulti(int reqId) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_ACCOUNT_UPDATES_MULTI;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
  }

  public static CancelAccountUpdatesMulti read(FieldReader in) {
    in.readInt(); // version
    return new CancelAccountUpdatesMulti(in.readInt());
  }
}
