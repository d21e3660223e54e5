package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * ORDER_STATUS (in 3, §3.9): a summary of an order's state, 12 fields, no version field at 176.
 * Gateways repeat it with identical content and may skip it; executions are the authoritative
 * fills.
 *
 * @param status IB's status string, e.g. {@code Submitted}
 * @param filled shares filled so far ({@code null} if the gateway sent it unset)
 * @param remaining shares still working ({@code null} if unset)
 * @param whyHeld why a held order waits (e.g. {@code locate}), usually empty
 */
public record OrderStatusMessage(
    int orderId,
    String status,
    BigDecimal filled,
    BigDecimal remaining,
    double avgFillPrice,
    long permId,
    int parentId,
    double lastFillPrice,
    int clientId,
    String whyHeld,
    double mktCapPrice)
    implements ServerMessage {

  public OrderStatusMessage {
    status = status == null ? "" : status;
    whyHeld = whyHeld == null ? "" : whyHeld;
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ORDER_STATUS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(orderId)
        .add(status)
        .add(filled)
        .add(remaining)
        .addPrice(avgFillPrice)
        .add(permId)
        .add(parentId)
        .addPrice(lastFillPrice)
        .add(clientId)
        .add(whyHeld)
        .addPrice(mktCapPrice);
  }

  public static OrderStatusMessage read(FieldReader in) {
    return new OrderStatusMessage(
        in.readInt(),
        in.readString(),
        in.readDecimal(),
        in.readDecimal(),
        in.readDouble(),
        in.readLong(),
        in.readInt(),
        in.readDouble(),
        in.readInt(),
        in.readString(),
        in.readDouble());
  }
}
