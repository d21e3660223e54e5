package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The account summary values the worker decides with, in the account's base currency. All are
 * present: a gateway that leaves one out fails the request rather than reporting zero.
 *
 * @param previousEquityWithLoanValue equity with loan value at the previous close, the base of the
 *     daily change
 * @param cushion excess liquidity as a fraction of net liquidation (0.25 = 25%)
 */
public record AccountSnapshot(
    String account,
    String currency,
    BigDecimal netLiquidation,
    BigDecimal totalCashValue,
    BigDecimal equityWithLoanValue,
    BigDecimal previousEquityWithLoanValue,
    BigDecimal grossPositionValue,
    BigDecimal maintMarginReq,
    BigDecimal excessLiquidity,
    BigDecimal cushion,
    BigDecimal buyingPower,
    Instant asOf) {}
