package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order the worker wants placed.
 *
 * @param quantity positive number of shares; the side gives the direction
 * @param limitPrice required for LMT and LOC, absent otherwise
 * @param orderRef free text the broker echoes back on the order and its fills; the worker puts the
 *     run key here (printable ASCII only)
 * @param outsideRth allow filling outside regular trading hours
 * @param adaptivePriority when not {@code null}, route through IB's Adaptive algo at this priority
 * @param goodAfterTime optional IB time string ({@code yyyyMMdd HH:mm:ss zone}) before which the
 *     order does not work
 */
public record OrderRequest(
    Contract contract,
    OrderSide side,
    BigDecimal quantity,
    OrderType type,
    BigDecimal limitPrice,
    TimeInForce timeInForce,
    String orderRef,
    boolean outsideRth,
    AdaptivePriority adaptivePriority,
    String goodAfterTime) {

  public OrderRequest {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timeInForce, "timeInForce");
    if (quantity == null || quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity: " + quantity + " (expected: > 0)");
    }
    if (type.needsLimitPrice() != (limitPrice != null)) {
      throw new IllegalArgumentException(
          type + (type.needsLimitPrice() ? " needs a limit price" : " takes no limit price"));
    }
    if (limitPrice != null && limitPrice.signum() <= 0) {
      throw new IllegalArgumentException("limitPrice: " + limitPrice + " (expected: > 0)");
    }
    orderRef = orderRef == null ? "" : orderRef;
    goodAfterTime = goodAfterTime == null ? "" : goodAfterTime;
  }

  /** A plain market order, good for the day. */
  public static OrderRequest market(
      Contract contract, OrderSide side, BigDecimal quantity, String orderRef) {
    return new OrderRequest(
        contract, side, quantity, OrderType.MKT, null, TimeInForce.DAY, orderRef, false, null, "");
  }

  /** A limit order, good for the day. */
  public static OrderRequest limit(
      Contract contract,
      OrderSide side,
      BigDecimal quantity,
      BigDecimal limitPrice,
      String orderRef) {
    return new OrderRequest(
        contract,
        side,
        quantity,
        OrderType.LMT,
        limitPrice,
        TimeInForce.DAY,
        orderRef,
        false,
        null,
        "");
  }
}
