package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A snapshot quote. Any price may be {@code null} when the market did not report it (no bid before
 * the open, no last trade yet).
 *
 * @param receivedAt when this worker received it, by its own clock
 * @param lastTradeAt when the last trade took place, by the broker's clock; null when the broker
 *     did not say
 */
public record Quote(
    Contract contract,
    BigDecimal bid,
    BigDecimal ask,
    BigDecimal last,
    BigDecimal close,
    MarketDataType dataType,
    Instant receivedAt,
    Instant lastTradeAt) {

  /**
   * The time of {@link #referencePrice()} when it is the last trade's and the broker said when that
   * was; null otherwise (a midpoint or a previous close has no time in the quote).
   */
  public Instant referencePriceTime() {
    return last != null && last.signum() > 0 ? lastTradeAt : null;
  }

  /**
   * The best single price for sizing: the last trade, else the bid-ask midpoint, else the previous
   * close; {@code null} when none is known.
   */
  public BigDecimal referencePrice() {
    if (last != null && last.signum() > 0) {
      return last;
    }
    if (bid != null && ask != null && bid.signum() > 0 && ask.signum() > 0) {
      return bid.add(ask).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN);
    }
    return close != null && close.signum() > 0 ? close : null;
  }
}
