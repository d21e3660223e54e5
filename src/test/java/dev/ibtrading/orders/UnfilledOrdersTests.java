package dev.ibtrading.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.outcome.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which placed orders a run must name as not filled, and how. */
class UnfilledOrdersTests {
  private static final OrderRequest SELL_EUR =
      OrderRequest.market(
          Contract.currencyPair("EUR", "USD"), OrderSide.SELL, new BigDecimal("5000"), "run-1");

  private static OrderReport report(int id, OrderStatus status, String filled, String lastError) {
    BigDecimal done = new BigDecimal(filled);
    return new OrderReport(
        id,
        1000L + id,
        SELL_EUR,
        status,
        done,
        SELL_EUR.quantity().subtract(done),
        done.signum() > 0 ? new BigDecimal("1.08") : null,
        List.of(),
        lastError);
  }

  private static List<Problem> problems(OrderReport... placed) {
    return UnfilledOrders.problems(
        "conversion order", List.of(placed), o -> o.request().contract().longName());
  }

  @Test
  void anOrderCancelledWithoutAnErrorEndedUnfilled() {
    List<Problem> problems = problems(report(7, OrderStatus.CANCELLED, "1000", ""));

    assertThat(problems).extracting(Problem::code).containsExactly("order-ended-unfilled");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "conversion order 7 (SELL 5000 EUR.USD) is Cancelled with 1000 filled when the run"
                + " ended and no error from the broker (e.g. a DAY order expired); not placed again");
  }

  @Test
  void anOrderStillWorkingIsLeftWorking() {
    List<Problem> problems = problems(report(8, OrderStatus.SUBMITTED, "0", ""));

    assertThat(problems).extracting(Problem::code).containsExactly("order-working");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "conversion order 8 (SELL 5000 EUR.USD) is Submitted with 0 filled when the run"
                + " ended; left working");
  }

  @Test
  void filledAndRejectedOrdersAreNotNamedHere() {
    assertThat(
            problems(
                report(1, OrderStatus.FILLED, "5000", ""),
                report(2, OrderStatus.CANCELLED, "0", "201: Order rejected - reason: margin"),
                report(3, OrderStatus.INACTIVE, "0", "")))
        .isEmpty();
  }

  @Test
  void allFilledOnlyWhenEveryOrderFilled() {
    OrderReport filled = report(1, OrderStatus.FILLED, "5000", "");

    assertThat(UnfilledOrders.allFilled(List.of())).isTrue();
    assertThat(UnfilledOrders.allFilled(List.of(filled))).isTrue();
    assertThat(UnfilledOrders.allFilled(List.of(filled, report(2, OrderStatus.CANCELLED, "0", ""))))
        .isFalse();
    assertThat(UnfilledOrders.allFilled(List.of(report(3, OrderStatus.INACTIVE, "0", ""))))
        .isFalse();
  }
}
