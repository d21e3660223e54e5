package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCOUNT_UPDATE_MULTI_END (in 74, version 1): {@code [74, 1, reqId]}, the end of the first batch
 * of {@link AccountUpdateMulti} values (xqguo/twsapi@f3ca7c7
 * EDecoder.processAccountUpdateMultiEndMsg).
 */
public record AccountUpdateMultiEnd(int reqId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCOUNT_UPDATE_MULTI_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
  }

  public static AccountUpdateMultiEnd read(FieldReader in) {
    in.readInt(); // version
    return new AccountUpdateMultiEnd(in.readInt());
  }
}
