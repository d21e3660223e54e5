package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * TICK_REQ_PARAMS (in 81, no version field, §3.5): sent first in answer to a market data request.
 *
 * @param bboExchange the exchange map id for bid/ask exchange codes
 * @param snapshotPermissions bit set of the snapshot permissions of the login
 */
public record TickRequestParams(
    int tickerId, double minTick, String bboExchange, int snapshotPermissions)
    implements ServerMessage {

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_REQ_PARAMS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(tickerId).add(minTick).add(bboExchange).add(snapshotPermissions);
  }

  public static TickRequestParams read(FieldReader in) {
    return new TickRequestParams(in.readInt(), in.readDouble(), in.readString(), in.readInt());
  }
}
