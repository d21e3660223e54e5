package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** ACCOUNT_SUMMARY_END (in 64, §3.2): every row of a {@link RequestAccountSummary} was sent. */
public record AccountSummaryEnd(int requestId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCOUNT_SUMMARY_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(requestId);
  }

  public static AccountSummaryEnd read(FieldReader in) {
    in.readInt(); // version
    return new AccountSummaryEnd(in.readInt());
  }
}
