package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The caps of {@code allocation.*} resolved against one NetLiquidation: amounts in the account's
 * base currency, and the settings they came from for the outcome ({@link #inForce()}).
 *
 * @param maxOrder the most one order may be worth: the smaller of {@code max-order-notional} and
 *     {@code max-order-fraction} x NetLiquidation; null when both are none
 * @param maxOrderCap the name of the cap that gave {@code maxOrder}, for warnings
 * @param maxPosition {@code max-position-notional}, null when unset
 * @param maxGross {@code max-gross-leverage} x NetLiquidation, null when none
 */
record CapLimits(
    BigDecimal maxOrder,
    String maxOrderCap,
    BigDecimal maxPosition,
    BigDecimal maxGross,
    List<CapInForce> inForce) {
  static final String MAX_ORDER_NOTIONAL = "max-order-notional";
  static final String MAX_ORDER_FRACTION = "max-order-fraction";
  static final String MAX_POSITION_NOTIONAL = "max-position-notional";
  static final String MAX_GROSS_LEVERAGE = "max-gross-leverage";
  private static final String PREFIX = "allocation.";

  /**
   * @param netLiquidation the account's NetLiquidation; null when not read, and then the caps that
   *     are fractions of it have no amount
   */
  static CapLimits of(AllocationSettings settings, BigDecimal netLiquidation) {
    BigDecimal orderNotional = settings.maxOrderNotional();
    BigDecimal orderFraction = fractionOf(settings.maxOrderFraction().value(), netLiquidation);
    BigDecimal maxOrder = orderNotional;
    String maxOrderCap = MAX_ORDER_NOTIONAL;
    if (orderFraction != null && (maxOrder == null || orderFraction.compareTo(maxOrder) < 0)) {
      maxOrder = orderFraction;
      maxOrderCap = MAX_ORDER_FRACTION;
    }
    BigDecimal maxGross = fractionOf(settings.maxGrossLeverage().value(), netLiquidation);
    List<CapInForce> inForce =
        List.of(
            amount(MAX_ORDER_NOTIONAL, orderNotional),
            fraction(
                MAX_ORDER_FRACTION,
                settings.maxOrderFraction(),
                AllocationSettings.DEFAULT_MAX_ORDER_FRACTION,
                orderFraction),
            amount(MAX_POSITION_NOTIONAL, settings.maxPositionNotional()),
            fraction(
                MAX_GROSS_LEVERAGE,
                settings.maxGrossLeverage(),
                AllocationSettings.DEFAULT_MAX_GROSS_LEVERAGE,
                maxGross));
    return new CapLimits(maxOrder, maxOrderCap, settings.maxPositionNotional(), maxGross, inForce);
  }

  private static BigDecimal fractionOf(BigDecimal fraction, BigDecimal netLiquidation) {
    if (fraction == null || netLiquidation == null) {
      return null;
    }
    return fraction.multiply(netLiquidation).setScale(2, RoundingMode.DOWN);
  }

  /** A cap with no default: unset is none, and the built-in value. */
  private static CapInForce amount(String name, BigDecimal value) {
    return value == null
        ? new CapInForce(PREFIX + name, CapSetting.NONE.toString(), CapInForce.DEFAULT, null)
        : new CapInForce(PREFIX + name, value.toPlainString(), CapInForce.CONFIGURED, value);
  }

  private static CapInForce fraction(
      String name, CapSetting setting, String defaultValue, BigDecimal limit) {
    boolean isDefault =
        setting.value() != null && setting.value().compareTo(new BigDecimal(defaultValue)) == 0;
    return new CapInForce(
        PREFIX + name,
        setting.toString(),
        isDefault ? CapInForce.DEFAULT : CapInForce.CONFIGURED,
        limit);
  }
}
