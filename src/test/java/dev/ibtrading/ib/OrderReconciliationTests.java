package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.limit;
import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the worker reconciles with: open orders, executions, global cancel, order ids. */
class OrderReconciliationTests {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private PaperTrading paper;
  private IbBroker seven;
  private IbBroker eight;

  @BeforeEach
  void start() {
    paper = PaperTrading.start();
    seven = paper.connect(7);
    eight = paper.connect(8);
  }

  @AfterEach
  void stop() {
    paper.close();
  }

  @Test
  void openOrdersListsEveryClientsOrdersAndTheOwnRequestOnlyOurs() {
    OrderReport ours = seven.placeOrder(restingBuy("SPY", 1));
    OrderReport theirs = eight.placeOrder(restingBuy("QQQ", 2));
    seven.awaitOrder(seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId(), WAIT);

    List<OrderReport> all = seven.openOrders();
    List<OrderReport> own = seven.ownOpenOrders();

    assertThat(all)
        .extracting(OrderReport::permId)
        .containsExactlyInAnyOrder(ours.permId(), theirs.permId());
    assertThat(all).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.SUBMITTED));
    assertThat(all)
        .filteredOn(o -> o.permId() == theirs.permId())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.request().contract().symbol()).isEqualTo("QQQ");
              assertThat(o.remaining()).isEqualByComparingTo("2");
            });
    assertThat(own).extracting(OrderReport::orderId).containsExactly(ours.orderId());
    assertThat(eight.ownOpenOrders())
        .extracting(OrderReport::permId)
        .containsExactly(theirs.permId());
  }

  @Test
  void globalCancelCancelsTheOrdersOfEveryClient() {
    OrderReport ours = seven.placeOrder(restingBuy("SPY", 1));
    OrderReport theirs = eight.placeOrder(restingBuy("QQQ", 2));

    seven.cancelAllOrders();

    assertThat(seven.awaitOrder(ours.orderId(), WAIT).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(eight.awaitOrder(theirs.orderId(), WAIT).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(eight.openOrders()).isEmpty();
  }

  @Test
  void executionsReplayTheDaysFillsWithCommissionsToAnyClient() {
    OrderReport bought =
        seven.awaitOrder(seven.placeOrder(market("AAPL", OrderSide.BUY, 300)).orderId(), WAIT);
    OrderReport sold =
        eight.awaitOrder(eight.placeOrder(market("AAPL", OrderSide.SELL, 100)).orderId(), WAIT);

    List<Fill> replayed = seven.executions();

    assertThat(replayed)
        .extracting(Fill::execId)
        .containsExactly(bought.fills().get(0).execId(), sold.fills().get(0).execId());
    assertThat(replayed)
        .extracting(Fill::commission)
        .map(BigDecimal::doubleValue)
        .containsExactly(1.5, 1.0);
    assertThat(replayed).extracting(Fill::side).containsExactly(OrderSide.BUY, OrderSide.SELL);
    assertThat(replayed.get(0).contract().conId()).isEqualTo(265598);
    assertThat(eight.executions())
        .extracting(Fill::execId)
        .isEqualTo(replayed.stream().map(Fill::execId).toList());
  }

  @Test
  void nextValidOrderIdAsksTheGatewayAndStaysAboveEveryIdUsed() {
    int before = seven.nextValidOrderId();
    int placed = seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId();
    int eights = eight.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId();

    assertThat(placed).isEqualTo(before);
    assertThat(seven.nextValidOrderId()).isGreaterThan(Math.max(placed, eights));
  }

  @Test
  void orderIdsKeepIncreasingAcrossAReconnectToAGatewayThatForgot() throws Exception {
    List<Integer> ids = new ArrayList<>();
    ids.add(seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId());
    ids.add(seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId());
    int port = paper.gateway.port();
    paper.gateway.close();
    IbClient client = paper.client(7);
    await().atMost(WAIT).until(() -> client.state() == ConnectionState.DISCONNECTED);

    try (PaperGateway restarted =
        new PaperGateway(
                PaperGatewayConfig.forTests(port), PaperClock.fixedAt(PaperTrading.FRIDAY_NOON))
            .start()) {
      client.connect();
      ids.add(seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId());
      ids.add(seven.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId());

      assertThat(client.lastNextValidId()).isEqualTo(1); // the new gateway starts over
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      assertThat(seven.awaitOrder(ids.get(3), WAIT).status()).isEqualTo(OrderStatus.FILLED);
    }
  }

  /** A buy limit at half the price: it rests. */
  private OrderRequest restingBuy(String symbol, int shares) {
    BigDecimal half =
        BigDecimal.valueOf(paper.lastPrice(symbol) / 2).setScale(2, RoundingMode.DOWN);
    return limit(symbol, OrderSide.BUY, shares, half);
  }
}
