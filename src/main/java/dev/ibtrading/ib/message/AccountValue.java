package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCT_VALUE (in 6, version 2): one account value for a {@link RequestAccountUpdates} subscription,
 * e.g. {@code NetLiquidation} / {@code 100000.00} / {@code USD}. Layout: {@code [6, 2, key, value,
 * currency, account]}, all text (IB's decoders: xqguo/twsapi@f3ca7c7 EDecoder.processAcctValueMsg,
 * ibapi/decoder.py ACCT_VALUE; ib_async@2afdae4 decoder.py handler 6).
 *
 * @param key IB's key, e.g. {@code CashBalance}; the same key comes once per currency
 * @param currency {@code USD}, {@code BASE} (the account's base currency totals) or empty for
 *     values without one (e.g. {@code AccountCode}, {@code Cushion})
 */
public record AccountValue(String key, String value, String currency, String account)
    implements ServerMessage {
  private static final int VERSION = 2;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCT_VALUE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(key).add(value).add(currency).add(account);
  }

  public static AccountValue read(FieldReader in) {
    in.readInt(); // version
    return new AccountValue(in.readString(), in.readString(), in.readString(), in.readString());
  }
}
