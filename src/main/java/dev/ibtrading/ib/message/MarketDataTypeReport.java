package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * MARKET_DATA_TYPE (in 58, §3.5): the kind of data a market data request is being answered with (1
 * real-time, 2 frozen, 3 delayed, 4 delayed-frozen), which may differ from the one requested.
 */
public record MarketDataTypeReport(int tickerId, int marketDataType) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.MARKET_DATA_TYPE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId).add(marketDataType);
  }

  public static MarketDataTypeReport read(FieldReader in) {
    in.readInt(); // version
    return new MarketDataTypeReport(in.readInt(), in.readInt());
  }
}
