package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cap setting as a run applied it, for the outcome: which setting, its value, whether it is the
 * built-in default, and what it allowed in this run.
 *
 * @param setting the property, e.g. {@code allocation.max-gross-leverage}
 * @param value the setting's value, {@code none} for no cap
 * @param origin {@code default} (the built-in value, e.g. an account nobody configured) or {@code
 *     configured}
 * @param limit what the cap allowed in this run, in the account's base currency: the most one order
 *     ({@code max-order-notional}, {@code max-order-fraction} x NetLiquidation), one instrument's
 *     position ({@code max-position-notional}) or all positions together ({@code
 *     max-gross-leverage} x NetLiquidation) may be worth; null for {@code none}, and for a fraction
 *     of NetLiquidation when the run did not read it
 */
public record CapInForce(String setting, String value, String origin, BigDecimal limit) {
  public static final String DEFAULT = "default";
  public static final String CONFIGURED = "configured";

  public CapInForce {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
  }
}
