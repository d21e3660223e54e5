package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_MANAGED_ACCTS (out 17, version 1): {@code [17, 1]}, answered by {@link ManagedAccounts}
 * (xqguo/twsapi@f3ca7c7 EClient.reqManagedAccts).
 */
public record RequestManagedAccounts() implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_MANAGED_ACCTS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION);
  }

  public static RequestManagedAccounts read(FieldReader in) {
    in.readInt(); // version
    return new RequestManagedAccounts();
  }
}
