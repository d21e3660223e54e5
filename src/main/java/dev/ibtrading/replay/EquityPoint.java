package dev.ibtrading.replay;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The account's value at one session's close.
 *
 * @param date the trading day
 * @param netLiquidation the paper gateway's NetLiquidation at 16:00 New York time, in USD
 */
record EquityPoint(LocalDate date, BigDecimal netLiquidation) {}
