package dev.ibtrading.summary;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.math.BigDecimal;
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
   */
  record PositionValue(
      String symbol,
      int conId,
      BigDecimal quantity,
      BigDecimal averageCost,
      BigDecimal marketPrice,
      BigDecimal marketValue,
      BigDecimal unrealizedPnl) {

    static PositionValue of(Position position, BigDecimal price) {
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
          pnl);
    }
  }
}
