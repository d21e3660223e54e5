package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One completed daily bar of regular-hours trades. */
public record Bar(
    LocalDate date,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume) {}
