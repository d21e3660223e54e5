package dev.ibtrading.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.closeall.CloseAllScope;
import dev.ibtrading.closeall.PaperCloseAllTestSupport;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OrderCanceller} against the paper gateway over real sockets. */
class OrderCancellerTests extends PaperCloseAllTestSupport {
  private OrderCanceller.Cancelled cancel(List<OrderReport> orders, Duration timeout) {
    return new OrderCanceller(broker, timeout)
        .cancel(orders, context("cancel-run", options(CloseAllScope.OWN, false), true));
  }

  @Test
  void restingOrdersAreCancelledAndReportedSo() {
    OrderReport spy = resting(broker, "SPY", OrderSide.SELL, 5);
    OrderReport qqq = resting(broker, "QQQ", OrderSide.BUY, 3);
    assertThat(broker.ownOpenOrders()).hasSize(2);

    OrderCanceller.Cancelled cancelled = cancel(List.of(spy, qqq), Duration.ofSeconds(10));

    assertThat(cancelled.errors()).isEmpty();
    assertThat(cancelled.reports())
        .extracting(OrderReport::orderId)
        .containsExactly(spy.orderId(), qqq.orderId());
    assertThat(cancelled.reports()).allMatch(r -> r.status() == OrderStatus.CANCELLED);
    assertThat(broker.ownOpenOrders()).isEmpty();
    assertThat(broker.executions()).isEmpty();
  }

  @Test
  void anOrderThatFilledBeforeItsCancelIsReportedFilled() {
    // Held back on the gateway's fixed clock, so the report below is taken while it works.
    PaperOrderRules.of(paper.gateway).delayFills(Duration.ofMinutes(1));
    OrderReport working =
        broker.placeOrder(
            OrderRequest.market(contract(broker, "SPY"), OrderSide.BUY, BigDecimal.TEN, "r"));
    assertThat(working.status().isTerminal()).isFalse();
    paper.clock.set(paper.clock.now().plus(Duration.ofMinutes(2)));
    assertThat(broker.awaitOrder(working.orderId(), Duration.ofSeconds(10)).status())
        .isEqualTo(OrderStatus.FILLED);

    OrderCanceller.Cancelled cancelled = cancel(List.of(working), Duration.ofSeconds(10));

    assertThat(cancelled.errors()).isEmpty();
    OrderReport report = cancelled.reports().get(0);
    assertThat(report.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(report.filled()).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(paper.held("SPY")).isEqualByComparingTo(BigDecimal.TEN);
  }

  @Test
  void aCancelTheGatewayDoesNotConfirmLeavesTheOrderReportedOpen() {
    OrderReport spy = resting(broker, "SPY", OrderSide.SELL, 5);
    PaperOrderRules.of(paper.gateway).holdCancels();

    OrderCanceller.Cancelled cancelled = cancel(List.of(spy), Duration.ofMillis(300));

    assertThat(cancelled.errors())
        .extracting(Problem::code)
        .containsExactly("cancel-unconfirmed", "order-still-open");
    assertThat(cancelled.errors().get(1).message())
        .contains("order " + spy.orderId() + " (SPY)")
        .contains("after its cancel");
    assertThat(cancelled.reports()).singleElement().matches(r -> !r.status().isTerminal());
    assertThat(otherClient.openOrders())
        .extracting(OrderReport::permId)
        .containsExactly(spy.permId());

    PaperOrderRules.of(paper.gateway).reset();
    OrderCanceller.Cancelled retried = cancel(List.of(spy), Duration.ofSeconds(10));
    assertThat(retried.errors()).isEmpty();
    assertThat(retried.reports().get(0).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void aCancelOfAnOrderTheGatewayDoesNotKnowIsRefused() {
    OrderReport spy = resting(broker, "SPY", OrderSide.SELL, 5);
    OrderReport unknown =
        new OrderReport(
            spy.orderId() + 100,
            0,
            spy.request(),
            OrderStatus.SUBMITTED,
            BigDecimal.ZERO,
            spy.request().quantity(),
            null,
            List.of(),
            "");

    OrderCanceller.Cancelled cancelled = cancel(List.of(unknown), Duration.ofSeconds(10));

    assertThat(cancelled.errors()).extracting(Problem::code).containsExactly("cancel-refused");
    assertThat(cancelled.errors().get(0).message()).contains("order " + unknown.orderId());
    assertThat(broker.ownOpenOrders()).extracting(OrderReport::orderId).contains(spy.orderId());
  }
}
