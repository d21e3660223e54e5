package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.limit;
import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The day's completed orders over the paper gateway: what a new session (a restarted worker) sees
 * of an order that ended without a fill, which neither open orders nor executions show.
 */
class CompletedOrdersBrokerTests {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private PaperTrading paper;

  @BeforeEach
  void start() {
    paper = PaperTrading.start();
  }

  @AfterEach
  void stop() {
    paper.close();
  }

  @Test
  void aNewSessionSeesAnOrderAnEarlierOneCancelledUnfilled() {
    IbBroker earlier = paper.connect(7);
    BigDecimal half = BigDecimal.valueOf(paper.lastPrice("SPY") / 2).setScale(2, RoundingMode.DOWN);
    OrderReport placed = earlier.placeOrder(limit("SPY", OrderSide.BUY, 4, half));
    earlier.cancelOrder(placed.orderId());
    earlier.awaitOrder(placed.orderId(), WAIT);
    paper.client(7).close();

    IbBroker later = paper.connect(9);

    assertThat(later.openOrders()).isEmpty();
    assertThat(later.executions()).isEmpty();
    assertThat(later.completedOrders())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.permId()).isEqualTo(placed.permId());
              assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
              assertThat(o.filled()).isEqualByComparingTo("0");
              assertThat(o.remaining()).isEqualByComparingTo("4");
              assertThat(o.description().orderRef()).isEqualTo("test-run");
              assertThat(o.request().contract().symbol()).isEqualTo("SPY");
            });
  }

  @Test
  void filledOrdersOfEveryClientAreCompletedToo() {
    IbBroker seven = paper.connect(7);
    IbBroker eight = paper.connect(8);
    OrderReport bought =
        seven.awaitOrder(seven.placeOrder(market("AAPL", OrderSide.BUY, 3)).orderId(), WAIT);

    assertThat(eight.completedOrders())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.permId()).isEqualTo(bought.permId());
              assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
              assertThat(o.filled()).isEqualByComparingTo("3");
            });
  }
}
