package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Our client against our paper gateway over a real loopback socket: the session basics. */
class IbClientPaperGatewayTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");

  private PaperGateway gateway;
  private IbClient client;

  @BeforeEach
  void start() throws Exception {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start();
    client = new IbClient(IbSettings.defaults("127.0.0.1", gateway.port(), 7));
  }

  @AfterEach
  void stop() {
    client.close();
    gateway.close();
  }

  @Test
  void connectsAndLearnsAccountAndFirstOrderId() {
    client.connect();

    assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(client.managedAccounts()).containsExactly("DU0000001");
    assertThat(client.lastNextValidId()).isPositive();
  }

  @Test
  void readsTheGatewayClock() {
    client.connect();

    assertThat(new IbBroker(client, "").currentTime()).isEqualTo(NOW);
  }

  @Test
  void secondSessionWithTheSameClientIdIsRefusedWith326() {
    client.connect();
    try (IbClient second = new IbClient(IbSettings.defaults("127.0.0.1", gateway.port(), 7))) {
      assertThatThrownBy(second::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageContaining("326");
      assertThat(second.state()).isEqualTo(ConnectionState.DISCONNECTED);
    }
  }

  @Test
  void requestsFailFastWhileDisconnected() {
    assertThat(new CurrentTimeRequest().describe()).isEqualTo("current time");
    assertThatThrownBy(() -> new IbBroker(client, "").currentTime())
        .hasMessageContaining("not sent")
        .hasMessageContaining("DISCONNECTED");
  }
}
