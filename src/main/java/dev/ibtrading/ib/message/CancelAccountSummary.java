package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CANCEL_ACCOUNT_SUMMARY (out 63, §3.2): ends a {@link RequestAccountSummary}; no reply. */
public record CancelAccountSummary(int requestId) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_ACCOUNT_SUMMARY;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(requestId);
  }

  public static CancelAccountSummary read(FieldReader in) {
    in.readInt(); // version
    return new CancelAccountSummary(in.readInt());
  }
}
