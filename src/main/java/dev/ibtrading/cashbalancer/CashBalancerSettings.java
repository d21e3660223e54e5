package dev.ibtrading.cashbalancer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the cash balancer converts, bound from {@code cash-balancer.*}. Amounts are in the account's
 * base currency.
 *
 * @param threshold a currency's cash is converted when its absolute value in the base currency is
 *     above this (default 1000; the original's {@code cashBalanceThresholdInBaseCurrency})
 * @param thresholds per-currency thresholds that replace {@code threshold} for that currency, e.g.
 *     {@code cash-balancer.thresholds.JPY=5000}; empty by default
 * @param lotSize conversions are whole multiples of this many units of the pair's base currency,
 *     rounded down, so a conversion never takes more than the balance (default 1000, the original's
 *     lots; 1 converts everything but the fraction)
 * @param maxConversion the most one run converts, all currencies together, in the base currency
 *     (default 100000); the largest balances go first, the rest is left for the next run
 * @param fillTimeout how long a run waits for its conversions' fills (default 60s); the run's
 *     deadline cuts it
 */
@ConfigurationProperties("cash-balancer")
@Validated
public record CashBalancerSettings(
    @DefaultValue("1000") @NotNull @PositiveOrZero BigDecimal threshold,
    Map<String, BigDecimal> thresholds,
    @DefaultValue("1000") @NotNull @Positive BigDecimal lotSize,
    @DefaultValue("100000") @NotNull @Positive BigDecimal maxConversion,
    @DefaultValue("60s") @NotNull Duration fillTimeout) {

  public CashBalancerSettings {
    // Map keys from properties and environment variables may come in lower case.
    Map<String, BigDecimal> upper = new TreeMap<>();
    if (thresholds != null) {
      thresholds.forEach((k, v) -> upper.put(k.toUpperCase(Locale.ROOT), v));
    }
    thresholds = Map.copyOf(upper);
  }

  static CashBalancerSettings defaults() {
    return new CashBalancerSettings(
        new BigDecimal("1000"),
        Map.of(),
        new BigDecimal("1000"),
        new BigDecimal("100000"),
        Duration.ofSeconds(60));
  }

  /** The threshold of {@code currency}, in the base currency. */
  BigDecimal thresholdOf(String currency) {
    return thresholds.getOrDefault(currency, threshold);
  }

  @AssertTrue(message = "cash-balancer.thresholds: each a number of zero or more")
  public boolean isThresholdsValid() {
    return thresholds.values().stream().allMatch(v -> v != null && v.signum() >= 0);
  }

  @AssertTrue(message = "cash-balancer.fill-timeout must be positive")
  public boolean isFillTimeoutPositive() {
    return fillTimeout == null || (!fillTimeout.isNegative() && !fillTimeout.isZero());
  }
}
