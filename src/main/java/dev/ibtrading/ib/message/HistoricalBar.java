package dev.ibtrading.ib.message;

import java.math.BigDecimal;

/**
 * One bar of {@link HistoricalData}, as on the wire.
 *
 * @param date {@code yyyyMMdd} for daily bars with formatDate 1
 * @param volume a decimal; {@code null} when unset
 * @param wap volume-weighted average price, a decimal; {@code null} when unset
 */
public record HistoricalBar(
    String date,
    double open,
    double high,
    double low,
    double close,
    BigDecimal volume,
    BigDecimal wap,
    int barCount) {}
