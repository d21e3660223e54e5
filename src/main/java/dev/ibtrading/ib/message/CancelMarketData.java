package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CANCEL_MKT_DATA (out 2, §3.5): stops the market data of {@code tickerId}. No answer. */
public record CancelMarketData(int tickerId) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_MKT_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId);
  }

  public static CancelMarketData read(FieldReader in) {
    in.readInt(); // version
    return new CancelMarketData(in.readInt());
  }
}
