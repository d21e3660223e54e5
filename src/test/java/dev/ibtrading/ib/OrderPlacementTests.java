package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.contract;
import static dev.ibtrading.ib.PaperTrading.limit;
import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.AdaptivePriority;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.paper.PaperAccount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Placing orders through our client at the paper gateway, over a real socket. */
class OrderPlacementTests extends PaperBrokerTestBase {

  @Test
  void marketBuyFillsWithExecutionCommissionAndBooksTheAccount() {
    double last = paper.lastPrice("AAPL");
    BigDecimal cashBefore = paper.gateway.account().cash();

    OrderReport placed = broker.placeOrder(market("AAPL", OrderSide.BUY, 10));
    OrderReport done = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(placed.status()).isNotEqualTo(OrderStatus.PENDING_SUBMIT);
    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.filled()).isEqualByComparingTo("10");
    assertThat(done.remaining()).isEqualByComparingTo("0");
    assertThat(done.fills()).hasSize(1);
    Fill fill = done.fills().get(0);
    assertThat(fill.side()).isEqualTo(OrderSide.BUY);
    assertThat(fill.shares()).isEqualByComparingTo("10");
    assertThat(fill.price().doubleValue()).isBetween(last, last + 0.01);
    assertThat(fill.commission()).isEqualByComparingTo("1.0"); // the minimum: 10 x 0.005 < 1
    assertThat(fill.orderRef()).isEqualTo("test-run");
    assertThat(fill.account()).isEqualTo("DU0000001");
    assertThat(fill.time()).isEqualTo(PaperTrading.FRIDAY_NOON);
    assertThat(done.averageFillPrice()).isEqualByComparingTo(fill.price());

    PaperAccount account = paper.gateway.account();
    assertThat(account.holding("AAPL").orElseThrow().quantity()).isEqualByComparingTo("10");
    BigDecimal cost = fill.price().multiply(BigDecimal.TEN).add(BigDecimal.ONE);
    assertThat(account.cash()).isEqualByComparingTo(cashBefore.subtract(cost));
  }

  @Test
  void slippageMovesMarketFillsAgainstTheTrader() {
    paper.close();
    paper =
        PaperTrading.start(
            PaperTrading.marketHoursConfig().toBuilder()
                .barsFile(null)
                .alwaysOpen(true)
                .stateFile(null)
                .slippageBps(50)
                .build(),
            PaperTrading.FRIDAY_NOON);
    broker = paper.connect(7);
    double last = paper.lastPrice("MSFT");

    OrderReport bought =
        broker.awaitOrder(broker.placeOrder(market("MSFT", OrderSide.BUY, 2)).orderId(), WAIT);
    OrderReport sold =
        broker.awaitOrder(broker.placeOrder(market("MSFT", OrderSide.SELL, 2)).orderId(), WAIT);

    assertThat(bought.averageFillPrice().doubleValue()).isGreaterThanOrEqualTo(last * 1.005);
    assertThat(sold.averageFillPrice().doubleValue()).isLessThanOrEqualTo(last * 0.995);
  }

  @Test
  void limitOrderRestsUntilCancelledWith202() {
    BigDecimal farBelow =
        BigDecimal.valueOf(paper.lastPrice("SPY") / 2).setScale(2, RoundingMode.DOWN);

    OrderReport placed = broker.placeOrder(limit("SPY", OrderSide.BUY, 3, farBelow));
    OrderReport resting = broker.awaitOrder(placed.orderId(), Duration.ofMillis(300));
    broker.cancelOrder(placed.orderId());
    OrderReport cancelled = broker.order(placed.orderId()).orElseThrow();

    assertThat(resting.status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(resting.filled()).isEqualByComparingTo("0");
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.lastError()).startsWith("202");
    assertThat(cancelled.fills()).isEmpty();
    assertThat(paper.gateway.account().holding("SPY")).isEmpty();
    broker.cancelOrder(placed.orderId()); // already cancelled: nothing to do
  }

  @Test
  void cancellingAnOrderTheGatewayDoesNotKnowFailsWith10147() {
    assertThatThrownBy(() -> broker.cancelOrder(424242))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("10147")
        .matches(e -> !((BrokerException) e).isTransient());
  }

  @Test
  void marketableLimitFillsAtTheMarketNotTheLimit() {
    double last = paper.lastPrice("QQQ");
    BigDecimal generous = BigDecimal.valueOf(last * 1.10).setScale(2, RoundingMode.DOWN);

    OrderReport done =
        broker.awaitOrder(
            broker.placeOrder(limit("QQQ", OrderSide.BUY, 4, generous)).orderId(), WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.averageFillPrice().doubleValue()).isBetween(last, last + 0.01);
  }

  @Test
  void unknownSymbolIsRejectedWith200() {
    Contract unknown = new Contract(0, "ZZZZ", "USD", "", new BigDecimal("0.01"), "");

    OrderReport report =
        broker.placeOrder(OrderRequest.market(unknown, OrderSide.BUY, BigDecimal.ONE, "x"));

    assertThat(report.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(report.lastError()).startsWith("200");
  }

  @Test
  void ruleRejectionCancelsTheOrderWithTheReason() {
    paper
        .rules()
        .rejectWhen(t -> t.symbol().equals("TLT") && t.action().equals("SELL"), "no TLT sales");

    OrderReport rejected = broker.placeOrder(market("TLT", OrderSide.SELL, 5));
    OrderReport accepted =
        broker.awaitOrder(broker.placeOrder(market("TLT", OrderSide.BUY, 5)).orderId(), WAIT);

    assertThat(rejected.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(rejected.lastError()).isEqualTo("201: Order rejected - reason: no TLT sales");
    assertThat(broker.awaitOrder(rejected.orderId(), WAIT).fills()).isEmpty();
    assertThat(accepted.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(paper.gateway.account().holding("TLT").orElseThrow().quantity())
        .isEqualByComparingTo("5");
  }

  @Test
  void adaptiveMarketOrderTravelsWithItsAlgoAndFills() {
    List<OpenOrder> echoed = new CopyOnWriteArrayList<>();
    paper
        .client(7)
        .addListener(
            m -> {
              if (m instanceof OpenOrder open) {
                echoed.add(open);
              }
            });
    OrderRequest adaptive =
        new OrderRequest(
            contract("GLD"),
            OrderSide.BUY,
            BigDecimal.valueOf(2),
            OrderType.MKT,
            null,
            TimeInForce.DAY,
            "run-adaptive",
            false,
            AdaptivePriority.Urgent,
            "");

    OrderReport done = broker.awaitOrder(broker.placeOrder(adaptive).orderId(), WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(echoed).isNotEmpty();
    assertThat(echoed)
        .allSatisfy(
            open -> {
              assertThat(open.terms().algoStrategy()).isEqualTo("Adaptive");
              assertThat(open.terms().algoParam("adaptivePriority")).isEqualTo("Urgent");
              assertThat(open.terms().orderRef()).isEqualTo("run-adaptive");
            });
  }
}
