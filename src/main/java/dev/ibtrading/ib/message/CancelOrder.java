package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * CANCEL_ORDER (out 4, §3.12) at 176: {@code [4, 1, orderId, manualOrderCancelTime]}. Answered by
 * ERR_MSG 202 and ORDER_STATUS Cancelled, or ERR_MSG 10147 when there is no such working order.
 *
 * @param manualOrderCancelTime empty for API cancels
 */
public record CancelOrder(int orderId, String manualOrderCancelTime) implements ClientMessage {
  private static final int VERSION = 1;

  public CancelOrder {
    manualOrderCancelTime = manualOrderCancelTime == null ? "" : manualOrderCancelTime;
  }

  public CancelOrder(int orderId) {
    this(orderId, "");
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.CANCEL_ORDER;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(orderId).add(manualOrderCancelTime);
  }

  public static CancelOrder read(FieldReader in) {
    in.readInt(); // version
    return new CancelOrder(in.readInt(), in.readString());
  }
}
