package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Objects;

/**
 * An exchange rate as the broker reported it: one unit of {@code from} is worth {@code rate} units
 * of {@code to}. Currencies are ISO 4217 codes as IB writes them (USD, CHF).
 *
 * @param source where the rate came from
 * @param detail what the source said, in words for an outcome, e.g. {@code "USD.CHF on IDEALPRO:
 *     bid 0.8810, ask 0.8812 (realtime)"}
 * @param asOf when the worker received the rate
 */
public record FxRate(
    String from, String to, BigDecimal rate, FxRateSource source, String detail, Instant asOf) {

  public FxRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException(
          "exchange rate " + from + "->" + to + ": " + rate + " (expected: > 0)");
    }
    detail = detail == null ? "" : detail;
  }

  /** The rate of a currency to itself, 1. */
  public static FxRate same(String currency, Instant asOf) {
    return new FxRate(currency, currency, BigDecimal.ONE, FxRateSource.SAME_CURRENCY, "", asOf);
  }

  /** An amount in {@code from} expressed in {@code to}. */
  public BigDecimal convert(BigDecimal amountInFrom) {
    return amountInFrom.multiply(rate);
  }

  /** The same rate the other way round, {@code to} in {@code from}. */
  public FxRate inverse() {
    return new FxRate(
        to, from, BigDecimal.ONE.divide(rate, MathContext.DECIMAL64), source, detail, asOf);
  }
}
