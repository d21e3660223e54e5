package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the broker says about one order now.
 *
 * @param description the order as the broker describes it; always there, whatever placed it
 * @param request the order in the worker's terms; {@code null} when it is not one the worker could
 *     have placed (another security type, order type, time in force), which the worker then only
 *     reports and never treats as one of its own
 * @param filled shares filled so far
 * @param remaining shares still working
 * @param averageFillPrice average price of the fills, {@code null} before any
 * @param fills executions of this order seen so far
 * @param lastError the last error the broker reported for this order (e.g. a rejection), or empty
 */
public record OrderReport(
    int orderId,
    long permId,
    OrderDescription description,
    OrderRequest request,
    OrderStatus status,
    BigDecimal filled,
    BigDecimal remaining,
    BigDecimal averageFillPrice,
    List<Fill> fills,
    String lastError) {

  public OrderReport {
    Objects.requireNonNull(description, "description");
    fills = List.copyOf(fills);
    lastError = lastError == null ? "" : lastError;
  }

  /** A report of an order the worker asked for, described in its own terms. */
  public OrderReport(
      int orderId,
      long permId,
      OrderRequest request,
      OrderStatus status,
      BigDecimal filled,
      BigDecimal remaining,
      BigDecimal averageFillPrice,
      List<Fill> fills,
      String lastError) {
    this(
        orderId,
        permId,
        OrderDescription.of(request),
        request,
        status,
        filled,
        remaining,
        averageFillPrice,
        fills,
        lastError);
  }

  /** True when the broker refused the order: Inactive, or cancelled with an error. */
  public boolean isRejected() {
    return status == OrderStatus.INACTIVE
        || (status == OrderStatus.CANCELLED && !lastError.isEmpty());
  }
}
