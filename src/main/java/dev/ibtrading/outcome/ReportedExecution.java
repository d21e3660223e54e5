package dev.ibtrading.outcome;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution as the broker reported it, with its commission.
 *
 * @param orderRef the order's reference: the run key of the run that placed it, empty for orders
 *     from elsewhere
 * @param commission null until the commission report arrived
 */
public record ReportedExecution(
    String execId,
    int orderId,
    String symbol,
    OrderSide side,
    BigDecimal shares,
    BigDecimal price,
    Instant time,
    String orderRef,
    BigDecimal commission) {
  public ReportedExecution {
    Objects.requireNonNull(execId, "execId");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(price, "price");
  }

  public static ReportedExecution from(Fill fill) {
    return new ReportedExecution(
        fill.execId(),
        fill.orderId(),
        fill.contract().symbol(),
        fill.side(),
        fill.shares(),
        fill.price(),
        fill.time(),
        fill.orderRef(),
        fill.commission());
  }
}
