package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.contract;
import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.OrderTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Faults of the paper order engine, and how our client reports them. */
class OrderFaultsTests extends PaperBrokerTestBase {
  private static final Duration GLANCE = Duration.ofMillis(300);

  @Test
  void partialFillsShowAsPartialUntilTheLastSlice() {
    paper.rules().partialFills(3, Duration.ofMinutes(1));
    Instant start = PaperTrading.FRIDAY_NOON;

    int id = broker.placeOrder(market("MSFT", OrderSide.BUY, 9)).orderId();
    await().atMost(WAIT).until(() -> broker.order(id).orElseThrow().fills().size() == 1);
    OrderReport partial = broker.awaitOrder(id, GLANCE);
    paper.clock.set(start.plus(Duration.ofMinutes(1)));
    await().atMost(WAIT).until(() -> broker.order(id).orElseThrow().fills().size() == 2);
    paper.clock.set(start.plus(Duration.ofMinutes(2)));
    OrderReport done = broker.awaitOrder(id, WAIT);

    assertThat(partial.status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(partial.filled()).isEqualByComparingTo("3");
    assertThat(partial.remaining()).isEqualByComparingTo("6");
    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.fills())
        .extracting(Fill::shares)
        .map(BigDecimal::intValue)
        .containsExactly(3, 3, 3);
    assertThat(done.fills()).extracting(Fill::execId).doesNotHaveDuplicates();
    assertThat(done.fills())
        .allSatisfy(f -> assertThat(f.commission()).isEqualByComparingTo("1.0"));
    assertThat(paper.gateway.account().holding("MSFT").orElseThrow().quantity())
        .isEqualByComparingTo("9");
  }

  @Test
  void deactivationRuleLeavesTheOrderInactiveWithTheReason() {
    paper.rules().deactivateWhen(t -> t.quantity().intValue() > 1000, "insufficient buying power");

    int id = broker.placeOrder(market("SPY", OrderSide.BUY, 5000)).orderId();
    OrderReport done = broker.awaitOrder(id, WAIT);
    await().atMost(WAIT).until(() -> !broker.order(id).orElseThrow().lastError().isEmpty());

    assertThat(done.status()).isEqualTo(OrderStatus.INACTIVE);
    assertThat(done.fills()).isEmpty();
    assertThat(broker.order(id).orElseThrow().lastError())
        .isEqualTo("201: Order rejected - reason: insufficient buying power");
    assertThat(broker.openOrders()).isEmpty();
    assertThat(paper.gateway.account().holding("SPY")).isEmpty();
  }

  @Test
  void delayedFillWaitsForTheGatewayClock() {
    paper.rules().delayFills(Duration.ofMinutes(5));

    OrderReport placed = broker.placeOrder(market("SPY", OrderSide.BUY, 1));
    OrderReport waiting = broker.awaitOrder(placed.orderId(), GLANCE);
    paper.clock.set(PaperTrading.FRIDAY_NOON.plus(Duration.ofMinutes(5)));
    OrderReport done = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(waiting.status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(waiting.fills()).isEmpty();
    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.fills())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.time())
                    .isEqualTo(PaperTrading.FRIDAY_NOON.plus(Duration.ofMinutes(5))));
  }

  @Test
  void reusingAnOrderIdIsRefusedWith103AndPlacesNothing() throws Exception {
    OrderReport first =
        broker.awaitOrder(broker.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId(), WAIT);
    CompletableFuture<ErrorMessage> refusal = new CompletableFuture<>();
    paper
        .client(7)
        .addListener(
            m -> {
              if (m instanceof ErrorMessage e && e.id() == first.orderId()) {
                refusal.complete(e);
              }
            });

    paper
        .client(7)
        .send(OrderMapping.toPlaceOrder(first.orderId(), market("AAPL", OrderSide.BUY, 100), ""));
    ErrorMessage error = refusal.get(10, TimeUnit.SECONDS);

    assertThat(error.code()).isEqualTo(103);
    assertThat(error.message()).isEqualTo("Duplicate order id");
    assertThat(paper.gateway.account().holding("AAPL").orElseThrow().quantity())
        .isEqualByComparingTo("1");
    OrderReport firstNow = broker.order(first.orderId()).orElseThrow();
    assertThat(firstNow.status()).isEqualTo(OrderStatus.FILLED); // the filled order stays as it was
    assertThat(firstNow.lastError()).startsWith("103");
  }

  @Test
  void lowerIdThanTheClientUsedIsADuplicateToo() throws Exception {
    broker.placeOrder(market("AAPL", OrderSide.BUY, 1)); // takes the next id, e.g. 1
    int used = broker.placeOrder(market("AAPL", OrderSide.BUY, 1)).orderId();
    CompletableFuture<ErrorMessage> refusal = new CompletableFuture<>();
    paper
        .client(7)
        .addListener(
            m -> {
              if (m instanceof ErrorMessage e && e.code() == 103) {
                refusal.complete(e);
              }
            });

    paper
        .client(7)
        .send(
            new dev.ibtrading.ib.message.PlaceOrder(
                used - 1,
                dev.ibtrading.ib.message.WireContract.stock(0, "AAPL", "SMART", "", "USD", "", ""),
                OrderTerms.of("BUY", BigDecimal.ONE, "MKT", null, "DAY", "", "")));

    assertThat(refusal.get(10, TimeUnit.SECONDS).id()).isEqualTo(used - 1);
    assertThat(contract("AAPL").conId()).isPositive();
  }
}
