package dev.ibtrading.intents;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
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
    List<OpenOrder> openOrders,
    List<Execution> executions) {

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

  /** One open order. */
  record OpenOrder(
      int orderId,
      String symbol,
      String side,
      BigDecimal quantity,
      String type,
      String status,
      BigDecimal filled,
      BigDecimal remaining,
      String orderRef) {

    static OpenOrder of(OrderReport report) {
      return new OpenOrder(
          report.orderId(),
          report.request().contract().symbol(),
          report.request().side().name(),
          report.request().quantity(),
          report.request().type().name(),
          report.status().ibName(),
          report.filled(),
          report.remaining(),
          report.request().orderRef());
    }
  }

  /** One execution; commission null until its report arrived. */
  record Execution(
      String execId,
      int orderId,
      String symbol,
      String side,
      BigDecimal shares,
      BigDecimal price,
      Instant time,
      String orderRef,
      BigDecimal commission) {

    static Execution of(Fill fill) {
      return new Execution(
          fill.execId(),
          fill.orderId(),
          fill.contract().symbol(),
          fill.side().name(),
          fill.shares(),
          fill.price(),
          fill.time(),
          fill.orderRef(),
          fill.commission());
    }
  }
}
