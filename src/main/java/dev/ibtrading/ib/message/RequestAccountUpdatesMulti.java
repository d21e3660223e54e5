package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_ACCOUNT_UPDATES_MULTI (out 76, version 1): {@code [76, 1, reqId, account, modelCode,
 * ledgerAndNlv]}, answered by {@link AccountUpdateMulti} rows and {@link AccountUpdateMultiEnd};
 * stopped by {@link CancelAccountUpdatesMulti} (xqguo/twsapi@f3ca7c7
 * EClient.reqAccountUpdatesMulti).
 *
 * @param ledgerAndNlv only the ledger (cash balance) values and NetLiquidation
 */
public record RequestAccountUpdatesMulti(
    int reqId, String account, String modelCode, boolean ledgerAndNlv) implements ClientMessage {
  private static final int VERSION = 1;

  public RequestAccountUpdatesMulti {
    account = account == null ? "" : account;
    modelCode = modelCode == null ? "" : modelCode;
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_ACCOUNT_UPDATES_MULTI;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId).add(account).add(modelCode).add(ledgerAndNlv);
  }

  public static RequestAccountUpdatesMulti read(FieldReader in) {
    in.readInt(); // version
    return new RequestAccountUpdatesMulti(
        in.readInt(), in.readString(), in.readString(), in.readBool());
  }
}
