package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ACCT_UPDATE_TIME (in 8, version 1): {@code [8, 1, time]}, the time of the account values just
 * sent, as {@code HH:mm} in the gateway's time zone (IB's wrapper documents it as the last update
 * time; xqguo/twsapi@f3ca7c7 EDecoder.processAcctUpdateTimeMsg reads one string).
 */
public record AccountUpdateTime(String time) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ACCT_UPDATE_TIME;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(time);
  }

  public static AccountUpdateTime read(FieldReader in) {
    in.readInt(); // version
    return new AccountUpdateTime(in.readString());
  }
}
