package dev.ibtrading.orders;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderSide;
import java.math.BigDecimal;

/**
 * One order a run decided for one instrument, before it is placed.
 *
 * @param quantity shares to trade after the caps, 0 when refused
 * @param wanted shares before the caps
 * @param price the reference price it was sized at
 * @param cap the cap that clipped or refused it, or null
 */
public record OrderLine(
    Contract contract,
    OrderSide side,
    BigDecimal quantity,
    BigDecimal wanted,
    BigDecimal price,
    String cap) {

  /**
   * The order that closes a position of {@code quantity} shares: sells a long, buys a short, the
   * whole quantity.
   *
   * @param price the reference price, or null when the order needs none
   */
  public static OrderLine closing(Contract contract, BigDecimal quantity, BigDecimal price) {
    BigDecimal shares = quantity.abs();
    OrderSide side = quantity.signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
    return new OrderLine(contract, side, shares, shares, price, null);
  }

  public boolean toPlace() {
    return quantity.signum() > 0;
  }

  public PlannedOrder planned(OrderProperties properties) {
    return new PlannedOrder(
        contract.symbol(),
        side,
        quantity,
        wanted,
        properties.type(),
        properties.limitPrice(contract, side, price),
        price,
        cap);
  }
}
