package dev.ibtrading.orders;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.Problem;

/** How a run reports an order it placed that was still working when the run ended. */
public final class WorkingOrders {
  private WorkingOrders() {}

  /**
   * The {@code order-working} problem for {@code order}: left working at the broker, not cancelled,
   * so the outcome must say so.
   *
   * @param role what the order was for, e.g. "closing order"
   * @param instrument how the outcome names its instrument (a symbol, a currency pair)
   */
  public static Problem leftWorking(String role, OrderReport order, String instrument) {
    return new Problem(
        "order-working",
        role
            + " "
            + order.orderId()
            + " ("
            + order.request().side()
            + " "
            + order.request().quantity().toPlainString()
            + " "
            + instrument
            + ") is "
            + order.status().ibName()
            + " with "
            + order.filled().toPlainString()
            + " filled when the run ended; left working");
  }
}
