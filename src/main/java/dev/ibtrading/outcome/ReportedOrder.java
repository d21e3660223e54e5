package dev.ibtrading.outcome;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderDescription;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * One order as the broker last reported it.
 *
 * @param quantity the order's quantity; zero when the broker left it unset (an order sized by cash)
 * @param type the worker's order types in lower case ({@code mkt}, {@code lmt}, {@code moc}, {@code
 *     loc}); for orders from elsewhere IB's order type in lower case ({@code stp lmt}, {@code
 *     trail})
 * @param remaining shares still working, null when the broker did not say
 * @param orderRef the run key of the run that placed it; empty for orders from elsewhere
 * @param averagePrice average fill price, null before any fill
 * @param commission total commission of its fills, null until a commission report arrived
 * @param secType IB's security type: {@code STK} for stocks and ETFs, the only ones the worker
 *     trades; {@code OPT}, {@code FUT}, {@code CASH}, ... for other clients' orders (an option on
 *     SPY has symbol SPY); empty when unknown (outcomes written before it was reported)
 * @param timeInForce IB's time in force as the broker reported it: {@code DAY}, {@code GTC}, {@code
 *     OPG} for the worker's orders; {@code IOC}, {@code GTD}, {@code FOK}, ... for other clients';
 *     empty when unknown (outcomes written before it was reported)
 */
public record ReportedOrder(
    int orderId,
    long permId,
    String symbol,
    OrderSide side,
    BigDecimal quantity,
    String type,
    OrderStatus status,
    BigDecimal filled,
    BigDecimal remaining,
    String orderRef,
    BigDecimal averagePrice,
    BigDecimal commission,
    String secType,
    String timeInForce) {

  public ReportedOrder {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(filled, "filled");
    secType = secType == null ? "" : secType;
    timeInForce = timeInForce == null ? "" : timeInForce;
  }

  /** A DAY stock order of one of the worker's order types. */
  public ReportedOrder(
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
    this(
        orderId,
        permId,
        symbol,
        side,
        quantity,
        typeName(type.name()),
        status,
        filled,
        remaining,
        orderRef,
        averagePrice,
        commission,
        OrderDescription.STOCK,
        TimeInForce.DAY.name());
  }

  /** The order as {@code report} describes it. */
  public static ReportedOrder from(OrderReport report) {
    BigDecimal commission = null;
    for (Fill fill : report.fills()) {
      if (fill.commission() != null) {
        commission = commission == null ? fill.commission() : commission.add(fill.commission());
      }
    }
    OrderDescription order = report.description();
    return new ReportedOrder(
        report.orderId(),
        report.permId(),
        order.contract().symbol(),
        order.side(),
        order.quantity(),
        typeName(order.orderType()),
        report.status(),
        report.filled(),
        report.remaining(),
        order.orderRef(),
        report.averageFillPrice(),
        commission,
        order.securityType(),
        order.timeInForce());
  }

  private static String typeName(String ibName) {
    return ibName.toLowerCase(Locale.ROOT);
  }
}
