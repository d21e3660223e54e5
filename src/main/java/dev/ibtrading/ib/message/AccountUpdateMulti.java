package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCOUNT_UPDATE_MULTI (in 73, version 1): one account value for a {@link
 * RequestAccountUpdatesMulti}: {@code [73, 1, reqId, account, modelCode, key, value, currency]}
 * (xqguo/twsapi@f3ca7c7 EDecoder.processAccountUpdateMultiMsg; ib_async@2afdae4 decoder.py handler
 * 73 reads reqId as an int, the rest as text).
 */
public record AccountUpdateMulti(
    int reqId, String account, String modelCode, String key, String value, String currency)
    implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCOUNT_UPDATE_MULTI;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId).add(account).add(modelCode).add(key).add(value).add(currency);
  }

  public static AccountUpdateMulti read(FieldReader in) {
    in.readInt(); // version
    return new AccountUpdateMulti(
        in.readInt(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString());
  }
}
