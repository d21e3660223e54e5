package dev.ibtrading.ib;

import java.time.Instant;

/**
 * What a market data snapshot reported. Prices are {@code null} when the gateway sent none or sent
 * IB's "not available" value (-1).
 *
 * @param marketDataType the type the gateway says it delivered (1 real-time .. 4 delayed-frozen)
 * @param lastTradeAt the time of the last trade (tick 45 LAST_TIMESTAMP, delayed 88), by the
 *     gateway's clock; null when the gateway sent none
 */
public record SnapshotQuote(
    Double bid, Double ask, Double last, Double close, int marketDataType, Instant lastTradeAt) {

  /** A snapshot without the last trade's time. */
  public SnapshotQuote(Double bid, Double ask, Double last, Double close, int marketDataType) {
    this(bid, ask, last, close, marketDataType, null);
  }
}
