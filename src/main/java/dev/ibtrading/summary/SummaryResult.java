package dev.ibtrading.summary;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The {@code result} of a {@code summary} outcome: the account as the broker reports it now.
 *
 * @param positions every position, managed or not, with its value where a price was available
 * @param openOrders every open order of the account, from any client
 * @param executions all of today's executions of the account
 */
record SummaryResult(
    AccountSnapshot account,
    List<PositionValue> positions,
    List<ReportedOrder> openOrders,
    List<ReportedExecution> executions) {

  /**
   * One position.
   *
   * @param marketPrice the quote's reference price, null when no price was available
   * @param marketValue quantity x market price, null without a price
   * @param unrealizedPnl market value - quantity x average cost, null without a price
   * @param marketDataType what the quote was, as the gateway said: {@code realtime}, {@code frozen}
   *     (the last values before the close), {@code delayed} or {@code delayed-frozen} (15 to 20
   *     minutes behind); null when no quote came
   * @param priceTime when the price's last trade took place, by the broker's clock; null for a
   *     price without a time (a midpoint, a previous close) or no price
   * @param priceAgeSeconds seconds from {@code priceTime} to the broker's time now; null with it
   */
  record PositionValue(
      String symbol,
      int conId,
      BigDecimal quantity,
      BigDecimal averageCost,
      BigDecimal marketPrice,
      BigDecimal marketValue,
      BigDecimal unrealizedPnl,
      String marketDataType,
      Instant priceTime,
      Long priceAgeSeconds) {

    static PositionValue of(
        Position position,
        BigDecimal price,
        MarketDataType dataType,
        Instant priceTime,
        Long priceAgeSeconds) {
      BigDecimal value = price == null ? null : position.quantity().multiply(price);
      BigDecimal pnl =
          value == null
              ? null
              : value.subtract(position.quantity().multiply(position.averageCost()));
      return new PositionValue(
          position.contract().symbol(),
          position.contract().conId(),
          position.quantity(),
          position.averageCost(),
          price,
          value,
          pnl,
          dataType == null ? null : dataType.propertyName(),
          priceTime,
          priceAgeSeconds);
    }
  }
}
