package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * TICK_PRICE (in 1, §3.5), written as version 6: with the size of the quote or trade and the
 * attribute bits (bit 0 can auto-execute, bit 1 past limit, bit 2 pre-open). Versions below 2 carry
 * no size and below 3 no attributes; {@link #read} accepts those too. A price of -1 means "not
 * available" in IB's convention.
 *
 * @param size {@code null} when the message carries none
 */
public record TickPrice(int tickerId, int tickType, double price, BigDecimal size, int attrMask)
    implements ServerMessage {
  private static final int VERSION = 6;

  public static final int CAN_AUTO_EXECUTE = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_PRICE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId).add(tickType).add(price).add(size).add(attrMask);
  }

  public static TickPrice read(FieldReader in) {
    int version = in.readInt();
    int tickerId = in.readInt();
    int tickType = in.readInt();
    double price = in.readDouble();
    BigDecimal size = version >= 2 ? in.readDecimal() : null;
    int attrMask = version >= 3 ? in.readInt() : 0;
    return new TickPrice(tickerId, tickType, price, size, attrMask);
  }
}
