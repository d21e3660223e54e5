package dev.ibtrading.ib;

import static dev.ibtrading.broker.ConnectionState.BROKER_LINK_LOST;
import static dev.ibtrading.broker.ConnectionState.CONNECTED;
import static dev.ibtrading.broker.ConnectionState.CONNECTING;
import static dev.ibtrading.broker.ConnectionState.DISCONNECTED;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.CurrentTime;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperFaults.NewConnections;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.testsupport.TestSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connection state from the gateway's notices and faults, one session, real loopback sockets. */
class IbClientConnectionStateTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private PaperGateway gateway;
  private IbClient client;
  private final StateRecorder recorder = new StateRecorder();

  @BeforeEach
  void start() throws Exception {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start();
    client = new IbClient(TestSettings.fast(gateway.port(), 7));
    client.addStateListener(recorder);
  }

  @AfterEach
  void stop() {
    client.close();
    gateway.close();
  }

  @Test
  void brokerLinkLossFailsRequestsAtOnceUntilTheLinkIsBack() throws Exception {
    client.connect();

    gateway.faults().linkLost();
    await().atMost(WAIT).until(() -> client.state() == BROKER_LINK_LOST);

    CompletableFuture<Instant> refused = client.submit(new CurrentTimeRequest());
    assertThat(refused).as("failed before any answer could come").isCompletedExceptionally();
    assertThatThrownBy(refused::join)
        .cause()
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessage(
            "current time not sent: gateway 127.0.0.1:" + gateway.port() + " is BROKER_LINK_LOST");
    assertThatThrownBy(() -> client.send(new RequestCurrentTime()))
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageContaining("REQ_CURRENT_TIME not sent");

    gateway.faults().linkRestored(false);
    await().atMost(WAIT).until(() -> client.state() == CONNECTED);

    assertThat(recorder.awaitChange(change -> change.previous() == BROKER_LINK_LOST))
        .isEqualTo(
            new StateChange(
                BROKER_LINK_LOST,
                CONNECTED,
                false,
                "IB error 1102: Connectivity between IB and Trader Workstation has been restored"
                    + " - data maintained."));
    assertThat(client.submit(new CurrentTimeRequest()).get(10, SECONDS)).isEqualTo(NOW);
  }

  @Test
  void restoredWithDataLostTellsListenersToResubscribe() {
    client.connect();
    gateway.faults().linkLost();
    await().atMost(WAIT).until(() -> client.state() == BROKER_LINK_LOST);

    gateway.faults().linkRestored(true);

    await().atMost(WAIT).until(() -> client.state() == CONNECTED);
    StateChange restored = recorder.awaitChange(change -> change.previous() == BROKER_LINK_LOST);
    assertThat(restored.previous()).isEqualTo(BROKER_LINK_LOST);
    assertThat(restored.subscriptionsLost()).isTrue();
    assertThat(restored.reason()).startsWith("IB error 1101");
  }

  @Test
  void aSessionDroppedMidAnswerFailsThePendingRequestInsteadOfHanging() {
    AtomicBoolean lastGreetingSeen = new AtomicBoolean();
    client.addListener(
        message -> {
          if (message instanceof ErrorMessage notice && notice.code() == 2158) {
            lastGreetingSeen.set(true);
          }
        });
    client.connect();
    await().atMost(WAIT).untilTrue(lastGreetingSeen); // so the next message is the answer
    gateway.faults().dropSessionAfterMessages(1);

    CompletableFuture<Integer> answer =
        client.submit(new TwoCurrentTimes(), Duration.ofSeconds(60));

    assertThatThrownBy(() -> answer.get(15, SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageContaining("lost connection to gateway at 127.0.0.1:" + gateway.port());
    await().atMost(WAIT).until(() -> client.state() == DISCONNECTED);
  }

  @Test
  void requestsInFlightFailWhenTheClientCloses() {
    client.connect();
    CompletableFuture<Integer> answer =
        client.submit(new TwoCurrentTimes(), Duration.ofSeconds(60));

    client.close();

    assertThatThrownBy(() -> answer.get(15, SECONDS))
        .cause()
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageEndingWith("closed");
  }

  @Test
  void requestsFailAtOnceBeforeTheFirstSession() {
    CompletableFuture<Instant> refused = client.submit(new CurrentTimeRequest());

    assertThat(refused).isCompletedExceptionally();
    assertThatThrownBy(refused::join)
        .cause()
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageEndingWith("is DISCONNECTED");
    assertThatThrownBy(() -> client.send(new RequestCurrentTime()))
        .isInstanceOf(IbNotConnectedException.class);
  }

  @Test
  void requestsFailAtOnceWhileASessionIsStarting() {
    gateway.faults().newConnections(NewConnections.SILENT); // the connect waits 10 s in vain
    client.start();
    await().atMost(WAIT).until(() -> client.state() == CONNECTING);

    CompletableFuture<Instant> refused = client.submit(new CurrentTimeRequest());

    assertThat(refused).isCompletedExceptionally();
    assertThatThrownBy(refused::join)
        .cause()
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageEndingWith("is CONNECTING");
  }

  @Test
  void aRefusingGatewayFailsTheConnectAsClosedDuringTheHandshake() {
    gateway.faults().newConnections(NewConnections.REFUSE);

    assertThatThrownBy(client::connect)
        .isInstanceOf(IbNotConnectedException.class)
        .hasMessageContaining(
            "gateway at 127.0.0.1:"
                + gateway.port()
                + " accepted the connection but closed it during the handshake");
    assertThat(client.state()).isEqualTo(DISCONNECTED);
    assertThat(recorder.states()).containsExactly(CONNECTING, DISCONNECTED);
  }

  @Test
  void aSilentGatewayFailsTheConnectWithinTheTimeout() {
    gateway.faults().newConnections(NewConnections.SILENT);
    try (IbClient impatient =
        new IbClient(
            TestSettings.fast(gateway.port(), 8).withConnectTimeout(Duration.ofMillis(300)))) {

      assertThatThrownBy(impatient::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessage(
              "gateway at 127.0.0.1:"
                  + gateway.port()
                  + " accepted the connection but did not answer the handshake within PT0.3S");
    }

    gateway.faults().reset();
    client.connect();
    assertThat(client.state()).isEqualTo(CONNECTED);
  }

  @Test
  void nothingListeningIsReportedAsRefused() {
    int port = TestSettings.freePort();
    try (IbClient lonely = new IbClient(TestSettings.fast(port, 1))) {

      assertThatThrownBy(lonely::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageStartingWith("gateway at 127.0.0.1:" + port + " refused")
          .hasMessageContaining("Connection refused");
    }
  }

  /** A request whose answer needs two CURRENT_TIME messages, so one leaves it in flight. */
  private static final class TwoCurrentTimes extends PendingRequest<Integer> {
    private int seen;

    @Override
    public int requestId() {
      return NO_REQUEST_ID;
    }

    @Override
    public String describe() {
      return "two current times";
    }

    @Override
    public ClientMessage request() {
      return new RequestCurrentTime();
    }

    @Override
    protected void onMessage(Object message) {
      if (message instanceof CurrentTime && ++seen == 2) {
        complete(seen);
      }
    }
  }
}
