package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.limit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.ErrorMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** PLACE_ORDER with the id of the same client's working order modifies it (§5.1). */
class OrderModificationTests extends PaperBrokerTestBase {

  @Test
  void raisingTheLimitOfARestingBuyMakesItFillOnce() {
    double last = paper.lastPrice("AAPL");
    BigDecimal low = BigDecimal.valueOf(last / 2).setScale(2, RoundingMode.DOWN);
    BigDecimal high = BigDecimal.valueOf(last * 1.1).setScale(2, RoundingMode.DOWN);
    int id = broker.placeOrder(limit("AAPL", OrderSide.BUY, 6, low)).orderId();

    paper.client(7).send(OrderMapping.toPlaceOrder(id, limit("AAPL", OrderSide.BUY, 6, high), ""));
    OrderReport done = broker.awaitOrder(id, WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.fills()).singleElement();
    assertThat(paper.gateway.account().holding("AAPL").orElseThrow().quantity())
        .isEqualByComparingTo("6");
  }

  @Test
  void aModificationThatChangesTheSideIsRefusedAndTheOrderWorksOn() throws Exception {
    BigDecimal low = BigDecimal.valueOf(paper.lastPrice("AAPL") / 2).setScale(2, RoundingMode.DOWN);
    int id = broker.placeOrder(limit("AAPL", OrderSide.BUY, 6, low)).orderId();
    CompletableFuture<ErrorMessage> refusal = new CompletableFuture<>();
    paper
        .client(7)
        .addListener(
            m -> {
              if (m instanceof ErrorMessage e && e.id() == id) {
                refusal.complete(e);
              }
            });

    paper.client(7).send(OrderMapping.toPlaceOrder(id, limit("AAPL", OrderSide.SELL, 6, low), ""));
    ErrorMessage error = refusal.get(10, TimeUnit.SECONDS);

    assertThat(error.code()).isEqualTo(321);
    assertThat(broker.order(id).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(broker.openOrders()).extracting(OrderReport::orderId).containsExactly(id);
  }
}
