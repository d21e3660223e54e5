package dev.ibtrading.ib;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.CurrentTime;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.testsupport.TestSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How the client treats what a gateway may send that the paper gateway does not. */
class IbClientIncomingMessagesTests {
  private static final long EPOCH = 1_735_916_400L;

  @Test
  void unknownMessageIdsAreLoggedOnceEachAndDoNotEndTheSession() throws Exception {
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.startSession();
                  peer.readFrame(); // REQ_CURRENT_TIME
                  peer.sendFields("9999", "1", "a");
                  peer.sendFields("9999", "1", "b", "c");
                  peer.sendFields("8888");
                  peer.sendFields("9999");
                  peer.send(new CurrentTime(EPOCH));
                  peer.stayQuiet();
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1));
        LogCapture log = LogCapture.of(IbClient.class)) {
      client.connect();

      Instant answer = client.submit(new CurrentTimeRequest()).get(10, SECONDS);

      assertThat(answer).isEqualTo(Instant.ofEpochSecond(EPOCH));
      assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
      assertThat(log.count(Level.WARN, "message id 9999")).isEqualTo(1);
      assertThat(log.count(Level.WARN, "message id 8888")).isEqualTo(1);
      assertThat(log.count(Level.DEBUG, "message id 9999 again")).isEqualTo(2);
    }
  }

  @Test
  void escapedNonAsciiErrorTextReachesRequestsAndListenersUnescaped() throws Exception {
    int requestId = 1 << 30;
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.startSession();
                  peer.readFrame();
                  peer.send(
                      new ErrorMessage(
                          requestId,
                          200,
                          "No security definition: Soci\\u00e9t\\u00e9 G\\u00e9n\\u00e9rale"));
                  peer.stayQuiet();
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {
      List<Object> seen = new CopyOnWriteArrayList<>();
      client.addListener(seen::add);
      client.connect();

      CompletableFuture<Instant> answer = client.submit(new IdentifiedRequest(requestId));

      assertThatThrownBy(() -> answer.get(10, SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(IbRequestException.class)
          .hasMessage(
              "identified request failed: IB error 200: No security definition: Société Générale");
      // Listeners hear of a message after the requests do: wait for them (bounded).
      ErrorMessage unescaped =
          new ErrorMessage(requestId, 200, "No security definition: Société Générale");
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.contains(unescaped));
    }
  }

  @Test
  void aNotConnectedErrorFailsTheRequestAsTransient() throws Exception {
    int requestId = 1 << 30;
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.startSession();
                  peer.readFrame();
                  peer.send(new ErrorMessage(requestId, 504, "Not connected"));
                  peer.stayQuiet();
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {
      client.connect();

      CompletableFuture<Instant> answer = client.submit(new IdentifiedRequest(requestId));

      assertThatThrownBy(() -> answer.get(10, SECONDS))
          .cause()
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessage("identified request failed: IB error 504: Not connected");
    }
  }

  @Test
  void aLinkLostNoticeDuringTheStartLeavesTheSessionInBrokerLinkLost() throws Exception {
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  peer.sendHello();
                  peer.readFrame();
                  peer.send(new ErrorMessage(-1, 1100, "Connectivity lost."));
                  peer.send(new dev.ibtrading.ib.message.NextValidId(1));
                  peer.send(new dev.ibtrading.ib.message.ManagedAccounts(List.of("DU1")));
                  peer.stayQuiet();
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {

      client.connect();

      assertThat(client.state()).isEqualTo(ConnectionState.BROKER_LINK_LOST);
    }
  }

  /** A request with a request id, answered by CURRENT_TIME, to see errors matched by id. */
  private static final class IdentifiedRequest extends PendingRequest<Instant> {
    private final int id;

    IdentifiedRequest(int id) {
      this.id = id;
    }

    @Override
    public int requestId() {
      return id;
    }

    @Override
    public String describe() {
      return "identified request";
    }

    @Override
    public ClientMessage request() {
      return new RequestCurrentTime();
    }

    @Override
    protected void onMessage(Object message) {
      if (message instanceof CurrentTime time) {
        complete(Instant.ofEpochSecond(time.epochSeconds()));
      }
    }
  }
}
