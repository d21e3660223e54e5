package dev.ibtrading.orders;

import dev.ibtrading.broker.AdaptivePriority;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The order fields an allocation request may set, parsed from its {@code orderProperties} against
 * an allow-list; every order of the run gets them. Defaults mirror the original system: Adaptive
 * MKT at the configured priority, tif DAY.
 *
 * @param limitOffsetBps for LMT and LOC: how far the limit lies from the reference price, in basis
 *     points, in the order's favour of filling (a buy's limit above the price, a sell's below)
 * @param adaptivePriority null = no Adaptive algo (only MKT orders use it)
 */
public record OrderProperties(
    OrderType type,
    BigDecimal limitOffsetBps,
    AdaptivePriority adaptivePriority,
    TimeInForce timeInForce,
    String goodAfterTime,
    boolean outsideRth) {

  /**
   * A plain market order, good for the day, without IB's Adaptive algo: what closing orders of
   * risk-check and eod-check use, since they want the fill now and need no parameters that could be
   * refused.
   */
  public static final OrderProperties MARKET_DAY =
      new OrderProperties(OrderType.MKT, BigDecimal.ZERO, null, TimeInForce.DAY, "", false);

  static final Set<String> KEYS =
      Set.of(
          "orderType", "limitOffsetBps", "adaptivePriority", "tif", "goodAfterTime", "outsideRth");

  /** IB's time form: date, time, and a zone name (e.g. {@code 20250103 09:45:00 US/Eastern}). */
  private static final Pattern GOOD_AFTER_TIME =
      Pattern.compile("\\d{8} \\d{2}:\\d{2}:\\d{2} [A-Za-z][A-Za-z0-9_/+\\-]*");

  private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

  /**
   * Parses {@code properties}.
   *
   * @throws InvalidOrderPropertiesException naming the first key or value not allowed
   */
  public static OrderProperties parse(
      Map<String, JsonNode> properties, AdaptivePriority defaultPriority) {
    for (String key : new TreeSet<>(properties.keySet())) {
      if (!KEYS.contains(key)) {
        throw new InvalidOrderPropertiesException(
            "orderProperties."
                + key
                + " is not allowed (expected one of "
                + new TreeSet<>(KEYS)
                + ")");
      }
    }
    OrderType type = enumValue(properties, "orderType", OrderType.class, OrderType.MKT);
    BigDecimal offset = offset(properties.get("limitOffsetBps"), type);
    AdaptivePriority priority =
        enumValue(properties, "adaptivePriority", AdaptivePriority.class, null);
    if (priority != null && type != OrderType.MKT) {
      throw new InvalidOrderPropertiesException(
          "orderProperties.adaptivePriority is "
              + priority
              + " with orderType "
              + type
              + " (expected: Adaptive only with MKT)");
    }
    if (priority == null && type == OrderType.MKT) {
      priority = defaultPriority;
    }
    return new OrderProperties(
        type,
        offset,
        priority,
        enumValue(properties, "tif", TimeInForce.class, TimeInForce.DAY),
        goodAfterTime(properties.get("goodAfterTime")),
        bool(properties.get("outsideRth")));
  }

  /** The order for {@code quantity} shares of {@code contract}, sized at {@code referencePrice}. */
  OrderRequest request(
      Contract contract,
      OrderSide side,
      BigDecimal quantity,
      BigDecimal referencePrice,
      String ref) {
    return new OrderRequest(
        contract,
        side,
        quantity,
        type,
        limitPrice(contract, side, referencePrice),
        timeInForce,
        ref,
        outsideRth,
        adaptivePriority,
        goodAfterTime);
  }

  /**
   * The limit price for LMT and LOC, on the contract's tick, never beyond the offset; else null.
   */
  public BigDecimal limitPrice(Contract contract, OrderSide side, BigDecimal referencePrice) {
    if (!type.needsLimitPrice()) {
      return null;
    }
    BigDecimal factor = limitOffsetBps.divide(BPS);
    BigDecimal raw =
        side == OrderSide.BUY
            ? referencePrice.multiply(BigDecimal.ONE.add(factor))
            : referencePrice.multiply(BigDecimal.ONE.subtract(factor));
    BigDecimal tick =
        contract.minTick() == null || contract.minTick().signum() <= 0
            ? new BigDecimal("0.01")
            : contract.minTick();
    RoundingMode mode = side == OrderSide.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING;
    BigDecimal ticks = raw.divide(tick, 0, mode);
    BigDecimal price = ticks.multiply(tick);
    return price.signum() > 0 ? price : tick;
  }

  private static BigDecimal offset(JsonNode node, OrderType type) {
    if (node == null) {
      if (type.needsLimitPrice()) {
        throw new InvalidOrderPropertiesException(
            "orderProperties.limitOffsetBps is missing (expected: a number for " + type + ")");
      }
      return BigDecimal.ZERO;
    }
    if (!type.needsLimitPrice()) {
      throw new InvalidOrderPropertiesException(
          "orderProperties.limitOffsetBps is given with orderType "
              + type
              + " (expected: only with LMT or LOC)");
    }
    if (!node.isNumber()
        || (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()))
        || node.decimalValue().signum() < 0
        || node.decimalValue().compareTo(BPS) >= 0) {
      throw new InvalidOrderPropertiesException(
          "orderProperties.limitOffsetBps is " + node + " (expected: a number from 0 to 9999)");
    }
    return node.decimalValue();
  }

  private static <E extends Enum<E>> E enumValue(
      Map<String, JsonNode> properties, String key, Class<E> type, E fallback) {
    JsonNode node = properties.get(key);
    if (node == null) {
      return fallback;
    }
    E[] values = type.getEnumConstants();
    if (node.isString()) {
      for (E value : values) {
        if (value.name().equals(node.stringValue())) {
          return value;
        }
      }
    }
    throw new InvalidOrderPropertiesException(
        "orderProperties."
            + key
            + " is "
            + node
            + " (expected one of "
            + Arrays.toString(values)
            + ")");
  }

  private static String goodAfterTime(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (!node.isString() || !GOOD_AFTER_TIME.matcher(node.stringValue()).matches()) {
      throw new InvalidOrderPropertiesException(
          "orderProperties.goodAfterTime is "
              + node
              + " (expected: a string 'yyyyMMdd HH:mm:ss zone', e.g. '20250103 09:45:00 US/Eastern')");
    }
    return node.stringValue();
  }

  private static boolean bool(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new InvalidOrderPropertiesException(
          "orderProperties.outsideRth is " + node + " (expected: true or false)");
    }
    return node.booleanValue();
  }
}
