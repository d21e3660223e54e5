package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the broker says about one order now.
 *
 * @param filled shares filled so far
 * @param remaining shares still working
 * @param averageFillPrice average price of the fills, {@code null} before any
 * @param fills executions of this order seen so far
 * @param lastError the last error the broker reported for this order (e.g. a rejection), or empty
 */
public record OrderReport(
    int orderId,
    long permId,
    OrderRequest request,
    OrderStatus status,
    BigDecimal filled,
    BigDecimal remaining,
    BigDecimal averageFillPrice,
    List<Fill> fills,
    String lastError) {

  public OrderReport {
    fills = List.copyOf(fills);
    lastError = lastError == null ? "" : lastError;
  }

  /** True when the broker refused the order: Inactive, or cancelled with an error. */
  public boolean isRejected() {
    return status == OrderStatus.INACTIVE
        || (status == OrderStatus.CANCELLED && !lastError.isEmpty());
  }
}
