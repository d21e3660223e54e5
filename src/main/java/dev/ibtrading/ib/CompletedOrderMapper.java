package dev.ibtrading.ib;

import dev.ibtrading.broker.OrderDescription;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.CompletedOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A COMPLETED_ORDER as an {@link OrderReport}. The message names no order id (xqguo/twsapi@f3ca7c7
 * ibapi/decoder.py processCompletedOrderMsg leaves orderId unset), so the report's is {@link
 * #NO_ORDER_ID} and the order is known by its permId.
 */
final class CompletedOrderMapper {
  /** The order id of a report built from a completed order: the message carries none. */
  static final int NO_ORDER_ID = 0;

  private CompletedOrderMapper() {}

  /**
   * The report, or empty when the order's action is none of IB's (its direction unknown). An
   * Inactive order is a rejection ({@link OrderReport#isRejected}) and carries IB's completedStatus
   * as its error; a Cancelled one carries none, since completedStatus there also says "Cancelled by
   * Trader" for a person's cancel, which is no refusal.
   */
  static Optional<OrderReport> toReport(CompletedOrder order) {
    OrderDescription description = OrderMapping.describe(order.contract(), order.terms());
    if (description == null) {
      return Optional.empty();
    }
    OrderRequest request = OrderMapping.toRequest(order.contract(), order.terms());
    OrderStatus status = OrderStatus.fromIb(order.status());
    BigDecimal filled = order.filledQuantity() == null ? BigDecimal.ZERO : order.filledQuantity();
    BigDecimal quantity = description.quantity() == null ? filled : description.quantity();
    String error =
        status == OrderStatus.INACTIVE
            ? (order.completedStatus().isEmpty() ? "Inactive" : order.completedStatus())
            : "";
    return Optional.of(
        new OrderReport(
            NO_ORDER_ID,
            order.permId(),
            description,
            request,
            status,
            filled,
            quantity.subtract(filled).max(BigDecimal.ZERO),
            null,
            List.of(),
            error));
  }
}
