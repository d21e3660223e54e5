package dev.ibtrading.orders;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a run reports the orders it placed that did not fill: each must be named in the outcome's
 * errors, since what the order was for (a position closed, cash converted) is then not done.
 */
public final class UnfilledOrders {
  private UnfilledOrders() {}

  /** True when every one of {@code placed} filled completely (also when none was placed). */
  public static boolean allFilled(List<OrderReport> placed) {
    return placed.stream().allMatch(o -> o.status() == OrderStatus.FILLED);
  }

  /**
   * The problems of the orders in {@code placed} that did not fill: {@code order-working} for one
   * still working when the run ended (left working, not cancelled), {@code order-ended-unfilled}
   * for one that ended short of its quantity without an error from the broker, such as a DAY order
   * that expired. Refused and rejected orders are left out: {@link OrderPlacer} reports those
   * already ({@code order-rejected}), and so an order someone else cancelled too, since IB confirms
   * a cancel to the order's owner with error 202.
   *
   * @param role what the orders were for, e.g. "closing order"
   * @param instrument how the outcome names an order's instrument (a symbol, a currency pair)
   */
  public static List<Problem> problems(
      String role, List<OrderReport> placed, Function<OrderReport, String> instrument) {
    List<Problem> problems = new ArrayList<>();
    for (OrderReport order : placed) {
      if (!order.status().isTerminal()) {
        problems.add(problem("order-working", role, order, instrument, "; left working"));
      } else if (order.status() != OrderStatus.FILLED && !order.isRejected()) {
        problems.add(
            problem(
                "order-ended-unfilled",
                role,
                order,
                instrument,
                " and no error from the broker (e.g. a DAY order expired); not placed again"));
      }
    }
    return problems;
  }

  private static Problem problem(
      String code,
      String role,
      OrderReport order,
      Function<OrderReport, String> instrument,
      String ending) {
    return new Problem(
        code,
        role
            + " "
            + order.orderId()
            + " ("
            + order.request().side()
            + " "
            + order.request().quantity().toPlainString()
            + " "
            + instrument.apply(order)
            + ") is "
            + order.status().ibName()
            + " with "
            + order.filled().toPlainString()
            + " filled when the run ended"
            + ending);
  }
}
