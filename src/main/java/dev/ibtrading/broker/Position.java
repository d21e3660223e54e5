package dev.ibtrading.broker;

import java.math.BigDecimal;

/**
 * A position as the broker reports it.
 *
 * @param quantity signed: negative is short
 * @param averageCost average cost per share, commission included (IB's convention)
 */
public record Position(
    String account, Contract contract, BigDecimal quantity, BigDecimal averageCost) {}
