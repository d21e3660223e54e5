package dev.ibtrading.ib;

import static dev.ibtrading.broker.ConnectionState.CONNECTED;
import static dev.ibtrading.broker.ConnectionState.CONNECTING;
import static dev.ibtrading.broker.ConnectionState.DISCONNECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperFaults.NewConnections;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.testsupport.TestSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The background connector against the paper gateway's faults, over real loopback sockets. */
class IbClientReconnectTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private PaperGateway gateway;
  private IbClient client;
  private IbClient other;

  @AfterEach
  void stop() {
    for (AutoCloseable closeable : new AutoCloseable[] {client, other, gateway}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void reconnectsAfterTheGatewayDropsTheSession() throws Exception {
    gateway = startGateway(0);
    client = new IbClient(TestSettings.fast(gateway.port(), 7));
    StateRecorder recorder = new StateRecorder();
    client.addStateListener(recorder);
    client.start();
    await().atMost(WAIT).until(() -> client.state() == CONNECTED);
    assertThat(client.reconnects()).isZero();

    gateway.faults().dropAllSessions();

    await().atMost(WAIT).until(() -> client.reconnects() == 1 && client.state() == CONNECTED);
    StateChange reconnected =
        recorder.awaitChange(
            change -> change.current() == CONNECTED && change.reason().equals("reconnected"));
    assertThat(reconnected.subscriptionsLost()).as("a new session has no subscriptions").isTrue();
    assertThat(recorder.states())
        .containsSubsequence(CONNECTING, CONNECTED, DISCONNECTED, CONNECTING, CONNECTED);
    assertThat(new IbBroker(client, "").currentTime()).isEqualTo(NOW);
  }

  @Test
  void reconnectsWhenTheGatewayComesBackOnTheSamePort() throws Exception {
    int port = TestSettings.freePort();
    gateway = startGateway(port);
    client = new IbClient(TestSettings.fast(port, 7));
    client.start();
    await().atMost(WAIT).until(() -> client.state() == CONNECTED);

    try (LogCapture connector = LogCapture.of(Reconnector.class)) {
      gateway.close();
      await().atMost(WAIT).until(() -> connector.count(Level.WARN, "refused") >= 2);
      assertThat(client.state()).isNotEqualTo(CONNECTED);
      assertThat(client.reconnects()).isZero();

      gateway = startGateway(port);
    }

    await().atMost(WAIT).until(() -> client.state() == CONNECTED);
    assertThat(client.reconnects()).isEqualTo(1);
    assertThat(new IbBroker(client, "").currentTime()).isEqualTo(NOW);
  }

  @Test
  void keepsRetryingWhileTheGatewayRefusesAndConnectsOnceItServes() throws Exception {
    gateway = startGateway(0);
    gateway.faults().newConnections(NewConnections.REFUSE);
    client = new IbClient(TestSettings.fast(gateway.port(), 7));

    try (LogCapture connector = LogCapture.of(Reconnector.class)) {
      client.start();
      await()
          .atMost(WAIT)
          .until(() -> connector.count(Level.WARN, "closed it during the handshake") >= 3);
      assertThat(connector.count(Level.INFO, "Reconnecting to gateway")).isGreaterThanOrEqualTo(3);
    }
    assertThat(client.state()).isNotEqualTo(CONNECTED);

    gateway.faults().reset();

    await().atMost(WAIT).until(() -> client.state() == CONNECTED);
    assertThat(client.reconnects()).as("the first session is not a reconnect").isZero();
  }

  @Test
  void waitsOutAnotherSessionWithTheSameClientId() throws Exception {
    gateway = startGateway(0);
    other = new IbClient(TestSettings.fast(gateway.port(), 7));
    other.connect();
    client = new IbClient(TestSettings.fast(gateway.port(), 7));

    try (LogCapture connector = LogCapture.of(Reconnector.class)) {
      client.start();
      await()
          .atMost(WAIT)
          .until(() -> connector.count(Level.WARN, "another session holds this client id") >= 2);
      assertThat(connector.messages(Level.WARN).get(0))
          .contains("client id 7 is in use at gateway 127.0.0.1:" + gateway.port())
          .contains("IB error 326");
    }
    assertThat(client.state()).isNotEqualTo(CONNECTED);

    other.close();

    await().atMost(WAIT).until(() -> client.state() == CONNECTED);
    assertThat(new IbBroker(client, "").currentTime()).isEqualTo(NOW);
  }

  @Test
  void closeStopsReconnecting() throws Exception {
    gateway = startGateway(0);
    gateway.faults().newConnections(NewConnections.REFUSE);
    client = new IbClient(TestSettings.fast(gateway.port(), 7));
    client.start();
    String connectorName = "ib-connector-127.0.0.1:" + gateway.port();
    await().atMost(WAIT).until(() -> connectorAlive(connectorName));

    client.close();

    await().atMost(WAIT).until(() -> !connectorAlive(connectorName));
    assertThat(client.state()).isEqualTo(DISCONNECTED);
    assertThatThrownBy(client::connect)
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageContaining("is closed");
    assertThatThrownBy(client::start).isInstanceOf(IbNotConnectedException.class);
  }

  @Test
  void closeEndsAnOpenSession() throws Exception {
    gateway = startGateway(0);
    client = new IbClient(TestSettings.fast(gateway.port(), 7));
    client.start();
    await().atMost(WAIT).until(() -> gateway.sessions().size() == 1);

    client.close();

    await().atMost(WAIT).until(() -> gateway.sessions().isEmpty());
    assertThat(client.state()).isEqualTo(DISCONNECTED);
  }

  private static boolean connectorAlive(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }

  private static PaperGateway startGateway(int port) throws Exception {
    return new PaperGateway(PaperGatewayConfig.forTests(port), PaperClock.fixedAt(NOW)).start();
  }
}
