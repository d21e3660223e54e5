package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCOUNT_SUMMARY (in 63, §3.2): one value of one account for a {@link RequestAccountSummary}.
 *
 * @param value the value as text, e.g. {@code 1000000.00}; parsed by whoever knows the tag
 * @param currency the value's currency; IB may leave it empty for ratios such as Cushion
 */
public record AccountSummary(
    int requestId, String account, String tag, String value, String currency)
    implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCOUNT_SUMMARY;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(requestId).add(account).add(tag).add(value).add(currency);
  }

  public static AccountSummary read(FieldReader in) {
    in.readInt(); // version
    return new AccountSummary(
        in.readInt(), in.readString(), in.readString(), in.readString(), in.readString());
  }
}
