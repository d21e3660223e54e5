package dev.ibtrading.ib;

/**
 * What a market data snapshot reported. Prices are {@code null} when the gateway sent none or sent
 * IB's "not available" value (-1).
 *
 * @param marketDataType the type the gateway says it delivered (1 real-time .. 4 delayed-frozen)
 */
public record SnapshotQuote(
    Double bid, Double ask, Double last, Double close, int marketDataType) {}
