package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CANCEL_HISTORICAL_DATA (out 25, §3.6): abandons a historical data request. No answer. */
public record CancelHistoricalData(int reqId) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_HISTORICAL_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
  }

  public static CancelHistoricalData read(FieldReader in) {
    in.readInt(); // version
    return new CancelHistoricalData(in.readInt());
  }
}
