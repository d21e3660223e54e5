package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The caps in force ({@link CapLimits}), applied one order at a time in the run's order: max order
 * value (the smaller of {@code max-order-notional} and {@code max-order-fraction} x
 * NetLiquidation), max position notional per instrument, max gross leverage. An order that would
 * break a cap is clipped to the shares that fit, or refused (0 shares) when none fit. An order that
 * reduces what a cap measures always passes, so a run can always trade back inside its limits.
 *
 * <p>Gross leverage is tracked across the run: it starts at the account's gross position value
 * (plus the effect of this worker's open orders) and each accepted order adds its change.
 */
final class OrderCaps {
  static final String MAX_POSITION_NOTIONAL = CapLimits.MAX_POSITION_NOTIONAL;
  static final String MAX_GROSS_LEVERAGE = CapLimits.MAX_GROSS_LEVERAGE;

  /**
   * One order after the caps.
   *
   * @param delta signed shares to trade; 0 when refused
   * @param cap the cap that clipped or refused it, null when none did
   * @param reason why, in words, null when no cap acted
   */
  record Capped(BigDecimal delta, String cap, String reason) {}

  private final BigDecimal maxOrderNotional;
  private final String maxOrderCap;
  private final BigDecimal maxPositionNotional;
  private final BigDecimal maxGross;
  private BigDecimal gross;

  /**
   * @param grossPositionValue the account's gross position value now, open orders included
   */
  OrderCaps(CapLimits limits, BigDecimal grossPositionValue) {
    this.maxOrderNotional = limits.maxOrder();
    this.maxOrderCap = limits.maxOrderCap();
    this.maxPositionNotional = limits.maxPosition();
    this.maxGross = limits.maxGross();
    this.gross = grossPositionValue;
  }

  /**
   * Caps one order and, for the gross leverage of later orders, books it as accepted.
   *
   * @param held signed shares held plus this worker's open orders for the instrument
   * @param delta signed shares wanted
   * @param price the price the order is valued at, positive, in the account's base currency (the
   *     instrument's price converted at the exchange rate), the currency of the caps
   */
  Capped apply(BigDecimal held, BigDecimal delta, BigDecimal price) {
    Capped capped = new Capped(delta, null, null);
    if (maxOrderNotional != null) {
      BigDecimal fit = wholeShares(maxOrderNotional, price);
      if (delta.abs().compareTo(fit) > 0) {
        capped =
            new Capped(
                fit.multiply(BigDecimal.valueOf(delta.signum())),
                maxOrderCap,
                "order of "
                    + delta.abs().toPlainString()
                    + " shares at "
                    + price.toPlainString()
                    + " is worth more than "
                    + maxOrderNotional.toPlainString()
                    + " ("
                    + (maxOrderCap.equals(CapLimits.MAX_ORDER_FRACTION)
                        ? maxOrderCap + " x NetLiquidation"
                        : maxOrderCap)
                    + ")");
      }
    }
    if (maxPositionNotional != null) {
      capped =
          clip(
              capped,
              held,
              wholeShares(maxPositionNotional, price),
              MAX_POSITION_NOTIONAL,
              "position would be worth more than " + maxPositionNotional.toPlainString());
    }
    if (maxGross != null) {
      BigDecimal room = maxGross.subtract(gross);
      BigDecimal extra = room.divide(price, 0, RoundingMode.FLOOR);
      capped =
          clip(
              capped,
              held,
              held.abs().add(extra).max(BigDecimal.ZERO),
              MAX_GROSS_LEVERAGE,
              "gross position value would exceed "
                  + maxGross.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                  + " (max-gross-leverage x NetLiquidation)");
    }
    gross = gross.add(held.add(capped.delta()).abs().subtract(held.abs()).multiply(price));
    return capped;
  }

  /**
   * Keeps the position after the order within {@code maxShares} either side of zero, unless the
   * order shrinks the position anyway.
   */
  private static Capped clip(
      Capped order, BigDecimal held, BigDecimal maxShares, String cap, String reason) {
    BigDecimal delta = order.delta();
    BigDecimal after = held.add(delta);
    if (delta.signum() == 0
        || after.abs().compareTo(held.abs()) <= 0
        || after.abs().compareTo(maxShares) <= 0) {
      return order;
    }
    BigDecimal bounded = after.max(maxShares.negate()).min(maxShares);
    BigDecimal clipped = bounded.subtract(held);
    if (clipped.signum() != delta.signum()) {
      clipped = BigDecimal.ZERO;
    }
    String verdict =
        clipped.signum() == 0
            ? "refused"
            : "clipped to " + clipped.abs().toPlainString() + " shares";
    return new Capped(
        clipped,
        cap,
        "order of "
            + delta.abs().toPlainString()
            + " shares "
            + verdict
            + ": "
            + reason
            + " ("
            + cap
            + ")");
  }

  private static BigDecimal wholeShares(BigDecimal notional, BigDecimal price) {
    return notional.divide(price, 0, RoundingMode.DOWN);
  }
}
