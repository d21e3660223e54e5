package dev.ibtrading.plan;

import dev.ibtrading.broker.AdaptivePriority;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
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
 * @param maxOrderNotional cap on one order's value; null = no cap
 * @param maxPositionNotional cap on one instrument's position value after the order; null = no cap
 * @param maxGrossLeverage cap on gross position value after the orders / NetLiquidation; null = no
 *     cap
 * @param fillTimeout how long a run waits for fills after placing (the run deadline may cut it)
 * @param adaptivePriority the Adaptive algo priority of market orders when the request gives none
 */
@ConfigurationProperties("allocation")
@Validated
public record AllocationSettings(
    @DefaultValue("1.0") @NotNull @DecimalMin("0") BigDecimal exposure,
    Map<String, BigDecimal> strategyWeights,
    @DefaultValue("100") @NotNull @DecimalMin("0") BigDecimal minOrderNotional,
    @DecimalMin(value = "0", inclusive = false) BigDecimal maxOrderNotional,
    @DecimalMin(value = "0", inclusive = false) BigDecimal maxPositionNotional,
    @DecimalMin(value = "0", inclusive = false) BigDecimal maxGrossLeverage,
    @DefaultValue("60s") @NotNull Duration fillTimeout,
    @DefaultValue("Normal") @NotNull AdaptivePriority adaptivePriority) {

  public AllocationSettings {
    strategyWeights = strategyWeights == null ? Map.of() : Map.copyOf(strategyWeights);
  }

  /** The defaults, no caps. */
  public static AllocationSettings defaults() {
    return new AllocationSettings(
        BigDecimal.ONE,
        Map.of(),
        BigDecimal.valueOf(100),
        null,
        null,
        null,
        Duration.ofSeconds(60),
        AdaptivePriority.Normal);
  }

  /** The weight of strategy {@code name}: its configured weight, else 1. */
  BigDecimal strategyWeight(String name) {
    return strategyWeights.getOrDefault(name, BigDecimal.ONE);
  }

  @AssertTrue(message = "allocation.strategy-weights must be >= 0 (a negative weight was given)")
  public boolean isStrategyWeightsNonNegative() {
    return strategyWeights.values().stream().allMatch(w -> w != null && w.signum() >= 0);
  }

  @AssertTrue(message = "allocation.fill-timeout must be positive")
  public boolean isFillTimeoutPositive() {
    return fillTimeout == null || (!fillTimeout.isNegative() && !fillTimeout.isZero());
  }

  public AllocationSettings withCaps(
      BigDecimal maxOrderNotional, BigDecimal maxPositionNotional, BigDecimal maxGrossLeverage) {
    return new AllocationSettings(
        exposure,
        strategyWeights,
        minOrderNotional,
        maxOrderNotional,
        maxPositionNotional,
        maxGrossLeverage,
        fillTimeout,
        adaptivePriority);
  }
}
