package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_ACCOUNT_DATA (out 6, version 2), IB's {@code reqAccountUpdates}: {@code [6, 2, subscribe,
 * account]}. With {@code subscribe} the gateway sends {@link AccountValue}s, {@link
 * PortfolioValue}s, an {@link AccountUpdateTime} and {@link AccountDownloadEnd}, then pushes
 * changes; without it the subscription ends (xqguo/twsapi@f3ca7c7 EClient.reqAccountUpdates).
 *
 * @param account the account code; may be empty for a single-account login
 */
public record RequestAccountUpdates(boolean subscribe, String account) implements ClientMessage {
  private static final int VERSION = 2;

  public RequestAccountUpdates {
    account = account == null ? "" : account;
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_ACCOUNT_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(subscribe).add(account);
  }

  public static RequestAccountUpdates read(FieldReader in) {
    in.readInt(); // version
    return new RequestAccountUpdates(in.readBool(), in.readString());
  }
}
