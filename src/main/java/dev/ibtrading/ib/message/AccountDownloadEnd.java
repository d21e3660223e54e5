package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCT_DOWNLOAD_END (in 54, version 1): {@code [54, 1, account]}, the end of the first full batch
 * of account and portfolio values after {@link RequestAccountUpdates}; later pushes come without it
 * (xqguo/twsapi@f3ca7c7 EDecoder.processAcctDownloadEndMsg; rust-ibapi@0e41d5b
 * src/testdata/builders/accounts_tests.rs {@code 54|1|account|}).
 */
public record AccountDownloadEnd(String account) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCT_DOWNLOAD_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(account);
  }

  public static AccountDownloadEnd read(FieldReader in) {
    in.readInt(); // version
    return new AccountDownloadEnd(in.readString());
  }
}
