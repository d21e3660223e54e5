package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_MARKET_DATA_TYPE (out 59, §3.5): 1 real-time, 2 frozen, 3 delayed, 4 delayed-frozen, for the
 * session's later market data requests. There is no direct answer; each snapshot then reports the
 * type it delivers with {@link MarketDataTypeReport}.
 */
public record RequestMarketDataType(int marketDataType) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_MARKET_DATA_TYPE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(marketDataType);
  }

  public static RequestMarketDataType read(FieldReader in) {
    in.readInt(); // version
    return new RequestMarketDataType(in.readInt());
  }
}
