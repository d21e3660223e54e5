package dev.ibtrading.eodcheck;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the end-of-day reconciliation ({@code eod-check}) does besides reporting, bound from {@code
 * eod.*}. It only ever acts on this worker's orders and on positions in the managed universe.
 *
 * @param cancelOpenOrders cancel this worker's orders still open in managed instruments (default
 *     true): a day order left working at 15:55 would fill in the closing auction unseen
 * @param enforceFlat flatten every managed position with market orders (default false); a trigger's
 *     {@code flatten} option overrides it for that run. Flattening always cancels this worker's
 *     open orders first, whatever {@code cancel-open-orders} says: a book with working orders is
 *     not flat
 * @param driftTolerance how much drift is normal, as a fraction of NetLiquidation (default 0.01 =
 *     1%): a managed instrument whose |position - target| x price exceeds it gets a {@code
 *     drift-beyond-tolerance} warning. Targets move with prices all day, so some drift always
 *     remains; 0 warns about any
 * @param orderTimeout how long the run waits for its cancels to be confirmed, and again for its
 *     flattening orders to fill (default 60s; the run's deadline may cut it)
 */
@ConfigurationProperties("eod")
@Validated
public record EodSettings(
    @DefaultValue("true") boolean cancelOpenOrders,
    @DefaultValue("false") boolean enforceFlat,
    @DefaultValue("0.01") @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal driftTolerance,
    @DefaultValue("60s") @NotNull Duration orderTimeout) {

  /** The defaults: cancel, do not flatten, 1% tolerance, 60 s. */
  static EodSettings defaults() {
    return new EodSettings(true, false, new BigDecimal("0.01"), Duration.ofSeconds(60));
  }

  @AssertTrue(message = "eod.order-timeout must be positive")
  public boolean isOrderTimeoutPositive() {
    return orderTimeout == null || (!orderTimeout.isNegative() && !orderTimeout.isZero());
  }

  EodSettings withEnforceFlat(boolean flat) {
    return new EodSettings(cancelOpenOrders, flat, driftTolerance, orderTimeout);
  }
}
