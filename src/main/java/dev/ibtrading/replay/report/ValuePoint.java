package dev.ibtrading.replay.report;

import java.time.LocalDate;

/**
 * An account's (or the benchmark's) value at one session's close.
 *
 * @param date the trading day
 * @param value in USD
 */
public record ValuePoint(LocalDate date, double value) {}
