package dev.ibtrading.orders;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order the run computed for an instrument.
 *
 * @param quantity shares after the caps; 0 when a cap refused the order
 * @param wantedQuantity shares before the caps (target - position - own open orders)
 * @param limitPrice for LMT and LOC, null otherwise
 * @param referencePrice the price the order was sized with
 * @param cap the cap that clipped or refused the order ({@code max-order-notional}, {@code
 *     max-position-notional}, {@code max-gross-leverage}), null when none did
 */
public record PlannedOrder(
    String symbol,
    OrderSide side,
    BigDecimal quantity,
    BigDecimal wantedQuantity,
    OrderType type,
    BigDecimal limitPrice,
    BigDecimal referencePrice,
    String cap) {
  public PlannedOrder {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(wantedQuantity, "wantedQuantity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(referencePrice, "referencePrice");
  }
}
