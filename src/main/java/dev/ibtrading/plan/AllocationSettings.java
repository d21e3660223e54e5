package dev.ibtrading.plan;

import dev.ibtrading.broker.AdaptivePriority;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How allocations size and cap their orders, bound from {@code allocation.*}. Amounts are in the
 * account's base currency.
 *
 * @param exposure the fraction of NetLiquidation all strategies together trade with (default 1.0);
 *     0 pauses every strategy: nothing is traded, nothing sold
 * @param strategyWeights weight per strategy name, multiplied into its capital; a strategy without
 *     an entry has weight 1.0; 0 pauses it: its instruments are not traded (not sold either)
 * @param minOrderNotional orders worth less than this are not placed (default 100)
 * @param maxOrderNotional cap on one order's value, an amount; null (unset) = no such cap
 * @param maxPositionNotional cap on one instrument's position value after the order, an amount;
 *     null (unset) = no such cap
 * @param fillTimeout how long a run waits for fills after placing (the run deadline may cut it)
 * @param adaptivePriority the Adaptive algo priority of market orders when the request gives none
 * @param maxOrderFraction cap on one order's value as a fraction of NetLiquidation (default {@value
 *     #DEFAULT_MAX_ORDER_FRACTION}: no order trades more than the account is worth); {@code none}
 *     only when set so
 * @param maxGrossLeverage cap on gross position value after the orders / NetLiquidation (default
 *     {@value #DEFAULT_MAX_GROSS_LEVERAGE}: no borrowing); {@code none} only when set so
 * @param maxQuoteAge the oldest last-trade time a quote may have to price an order, counted from
 *     today's session open when the trade is older (default 30 minutes: delayed data lags 15-20)
 */
@ConfigurationProperties("allocation")
@Validated
public record AllocationSettings(
    @DefaultValue("1.0") @NotNull @DecimalMin("0") BigDecimal exposure,
    Map<String, BigDecimal> strategyWeights,
    @DefaultValue("100") @NotNull @DecimalMin("0") BigDecimal minOrderNotional,
    @DecimalMin(value = "0", inclusive = false) BigDecimal maxOrderNotional,
    @DecimalMin(value = "0", inclusive = false) BigDecimal maxPositionNotional,
    @DefaultValue("60s") @NotNull Duration fillTimeout,
    @DefaultValue("Normal") @NotNull AdaptivePriority adaptivePriority,
    @DefaultValue(DEFAULT_MAX_ORDER_FRACTION) @NotNull CapSetting maxOrderFraction,
    @DefaultValue(DEFAULT_MAX_GROSS_LEVERAGE) @NotNull CapSetting maxGrossLeverage,
    @DefaultValue(DEFAULT_MAX_QUOTE_AGE) @NotNull Duration maxQuoteAge) {
  public static final String DEFAULT_MAX_ORDER_FRACTION = "1.0";
  public static final String DEFAULT_MAX_GROSS_LEVERAGE = "1.0";
  public static final String DEFAULT_MAX_QUOTE_AGE = "30m";

  public AllocationSettings {
    strategyWeights = strategyWeights == null ? Map.of() : Map.copyOf(strategyWeights);
  }

  /** The defaults, as an account that configures nothing gets them, caps included. */
  public static AllocationSettings defaults() {
    return new AllocationSettings(
        new BigDecimal("1.0"),
        Map.of(),
        BigDecimal.valueOf(100),
        null,
        null,
        Duration.ofSeconds(60),
        AdaptivePriority.Normal,
        CapSetting.valueOf(DEFAULT_MAX_ORDER_FRACTION),
        CapSetting.valueOf(DEFAULT_MAX_GROSS_LEVERAGE),
        Duration.ofMinutes(30)); // DEFAULT_MAX_QUOTE_AGE
  }

  /**
   * The caps these settings put in force for an account worth {@code netLiquidation} (null when not
   * read: the caps that are fractions of it then have no amount).
   */
  public List<CapInForce> capsInForce(BigDecimal netLiquidation) {
    return CapLimits.of(this, netLiquidation).inForce();
  }

  /** The weight of strategy {@code name}: its configured weight, else 1. */
  BigDecimal strategyWeight(String name) {
    return strategyWeights.getOrDefault(name, BigDecimal.ONE);
  }

  @AssertTrue(message = "allocation.strategy-weights must be >= 0 (a negative weight was given)")
  public boolean isStrategyWeightsNonNegative() {
    return strategyWeights.values().stream().allMatch(w -> w != null && w.signum() >= 0);
  }

  @AssertTrue(message = "allocation.max-quote-age must be positive")
  public boolean isMaxQuoteAgePositive() {
    return maxQuoteAge == null || (!maxQuoteAge.isNegative() && !maxQuoteAge.isZero());
  }

  @AssertTrue(message = "allocation.fill-timeout must be positive")
  public boolean isFillTimeoutPositive() {
    return fillTimeout == null || (!fillTimeout.isNegative() && !fillTimeout.isZero());
  }

  /**
   * These settings with the given caps, null meaning none, and no cap as a fraction of
   * NetLiquidation on single orders.
   */
  public AllocationSettings withCaps(
      BigDecimal maxOrderNotional, BigDecimal maxPositionNotional, BigDecimal maxGrossLeverage) {
    return new AllocationSettings(
        exposure,
        strategyWeights,
        minOrderNotional,
        maxOrderNotional,
        maxPositionNotional,
        fillTimeout,
        adaptivePriority,
        CapSetting.NONE,
        CapSetting.ofNullable(maxGrossLeverage),
        maxQuoteAge);
  }

  /** These settings with no cap at all, as {@code none} and unset amounts give it. */
  public AllocationSettings uncapped() {
    return withCaps(null, null, null);
  }
}
