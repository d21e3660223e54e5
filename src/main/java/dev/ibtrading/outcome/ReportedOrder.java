package dev.ibtrading.outcome;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order as the broker last reported it.
 *
 * @param remaining shares still working, null when the broker did not say
 * @param orderRef the run key of the run that placed it; empty for orders from elsewhere
 * @param averagePrice average fill price, null before any fill
 * @param commission total commission of its fills, null until a commission report arrived
 */
public record ReportedOrder(
    int orderId,
    long permId,
    String symbol,
    OrderSide side,
    BigDecimal quantity,
    OrderType type,
    OrderStatus status,
    BigDecimal filled,
    BigDecimal remaining,
    String orderRef,
    BigDecimal averagePrice,
    BigDecimal commission) {

  public ReportedOrder {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(filled, "filled");
  }

  /** The order as {@code report} describes it. */
  public static ReportedOrder from(OrderReport report) {
    BigDecimal commission = null;
    for (Fill fill : report.fills()) {
      if (fill.commission() != null) {
        commission = commission == null ? fill.commission() : commission.add(fill.commission());
      }
    }
    return new ReportedOrder(
        report.orderId(),
        report.permId(),
        report.request().contract().symbol(),
        report.request().side(),
        report.request().quantity(),
        report.request().type(),
        report.status(),
        report.filled(),
        report.remaining(),
        report.request().orderRef(),
        report.averageFillPrice(),
        commission);
  }
}
