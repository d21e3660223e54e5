package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Money safety when the gateway does not answer: one call, at most one PLACE_ORDER. */
class OrderAcknowledgementTests {
  private static final int PLACE_ORDER = 3;

  @Test
  void unacknowledgedOrderIsReportedPendingSubmitAndNeverSentTwice() throws Exception {
    try (SilentGateway gateway = new SilentGateway();
        IbClient client = new IbClient(settings(gateway.port()))) {
      client.connect();
      IbBroker broker = new IbBroker(client, "");

      OrderReport report = broker.placeOrder(market("AAPL", OrderSide.BUY, 10));
      OrderReport later = broker.awaitOrder(report.orderId(), Duration.ofMillis(200));

      assertThat(report.status()).isEqualTo(OrderStatus.PENDING_SUBMIT);
      assertThat(report.orderId()).isEqualTo(1);
      assertThat(later.status()).isEqualTo(OrderStatus.PENDING_SUBMIT);
      assertThat(gateway.framesWithMessageId(PLACE_ORDER)).isEqualTo(1);
      assertThat(gateway.received)
          .filteredOn(f -> f.get(0).equals("3"))
          .singleElement()
          .satisfies(f -> assertThat(f.get(23)).isEqualTo("DU0000009")); // the managed account
    }
  }

  @Test
  void withoutASessionNothingIsSentAndTheFailureIsTransient() {
    try (IbClient client = new IbClient(settings(1))) {
      IbBroker broker = new IbBroker(client, "DU1");

      assertThatThrownBy(() -> broker.placeOrder(market("AAPL", OrderSide.BUY, 1)))
          .isInstanceOf(BrokerException.class)
          .hasMessageContaining("order not placed")
          .matches(e -> ((BrokerException) e).isTransient());
      assertThatThrownBy(() -> broker.openOrders())
          .matches(e -> ((BrokerException) e).isTransient());
    }
  }

  private static IbSettings settings(int port) {
    IbSettings d = IbSettings.defaults("127.0.0.1", port, 7);
    return new IbSettings(
        d.host(),
        d.port(),
        d.clientId(),
        Duration.ofSeconds(5),
        Duration.ofMillis(500),
        d.maxServerVersion(),
        d.maxMessagesPerSecond(),
        d.maxFrameLength(),
        d.reconnectMinDelay(),
        d.reconnectMaxDelay());
  }
}
