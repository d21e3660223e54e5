package dev.ibtrading.ib.message;

import java.math.BigDecimal;

/**
 * The execution block of EXECUTION_DATA (§3.11): one fill.
 *
 * @param execId unique per execution; commission reports refer to it
 * @param time as the gateway formats it ({@code yyyyMMdd HH:mm:ss zone} or without the zone)
 * @param exchange where it executed
 * @param side {@code BOT} or {@code SLD}
 * @param shares shares of this execution
 * @param cumQty shares of the order filled so far, this execution included
 * @param avgPrice average price of the order's fills so far
 * @param evMultiplier {@code null} = unset
 */
public record Execution(
    int orderId,
    String execId,
    String time,
    String account,
    String exchange,
    String side,
    BigDecimal shares,
    double price,
    long permId,
    int clientId,
    int liquidation,
    BigDecimal cumQty,
    double avgPrice,
    String orderRef,
    String evRule,
    Double evMultiplier,
    String modelCode,
    int lastLiquidity) {

  public Execution {
    execId = orEmpty(execId);
    time = orEmpty(time);
    account = orEmpty(account);
    exchange = orEmpty(exchange);
    side = orEmpty(side);
    orderRef = orEmpty(orderRef);
    evRule = orEmpty(evRule);
    modelCode = orEmpty(modelCode);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
