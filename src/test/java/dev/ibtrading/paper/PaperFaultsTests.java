package dev.ibtrading.paper;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.ibtrading.ib.CurrentTimeRequest;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.wire.Handshake;
import dev.ibtrading.paper.PaperFaults.NewConnections;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.testsupport.TestSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The faults seen from raw sockets and a client: what each does and what reset() undoes. */
class PaperFaultsTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");

  private PaperGateway gateway;

  @BeforeEach
  void start() throws Exception {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  @Test
  void refuseClosesNewConnectionsBeforeTheHandshake() throws Exception {
    gateway.faults().newConnections(NewConnections.REFUSE);

    try (Socket socket = connect()) {
      assertThat(readUntilClosed(socket)).isEqualTo(Outcome.CLOSED);
    }
  }

  @Test
  void silentKeepsConnectionsOpenUnansweredUntilReset() throws Exception {
    gateway.faults().newConnections(NewConnections.SILENT);

    try (LogCapture faultLog = LogCapture.of(PaperFaults.class);
        Socket socket = connect()) {
      awaitHeldSilent(faultLog, socket);
      socket.getOutputStream().write(Handshake.clientHello(new Handshake.VersionRange(100, 176)));
      socket.setSoTimeout(300);
      assertThat(readUntilClosed(socket)).as("no answer, still open").isEqualTo(Outcome.OPEN);

      gateway.faults().reset();

      socket.setSoTimeout(10_000);
      assertThat(readUntilClosed(socket)).isEqualTo(Outcome.CLOSED);
    }
    assertThat(gateway.faults().newConnections()).isEqualTo(NewConnections.SERVE);
  }

  @Test
  void closingTheGatewayReleasesSilentConnections() throws Exception {
    gateway.faults().newConnections(NewConnections.SILENT);

    try (LogCapture faultLog = LogCapture.of(PaperFaults.class);
        Socket socket = connect()) {
      awaitHeldSilent(faultLog, socket);
      gateway.close();

      socket.setSoTimeout(10_000);
      assertThat(readUntilClosed(socket)).isEqualTo(Outcome.CLOSED);
    }
  }

  @Test
  void resetDisarmsAPendingDrop() throws Exception {
    try (IbClient client = new IbClient(TestSettings.fast(gateway.port(), 7))) {
      client.connect();
      gateway.faults().dropSessionAfterMessages(1);

      gateway.faults().reset();

      // Were the drop still armed, the first answer would end the session and fail the second.
      assertThat(client.submit(new CurrentTimeRequest()).get(10, SECONDS)).isEqualTo(NOW);
      assertThat(client.submit(new CurrentTimeRequest()).get(10, SECONDS)).isEqualTo(NOW);
    }
  }

  @Test
  void dropAllSessionsClosesEveryStartedSession() throws Exception {
    try (IbClient first = new IbClient(TestSettings.fast(gateway.port(), 1));
        IbClient second = new IbClient(TestSettings.fast(gateway.port(), 2))) {
      first.connect();
      second.connect();
      assertThat(gateway.sessions()).hasSize(2);

      gateway.faults().dropAllSessions();

      await().atMost(Duration.ofSeconds(10)).until(() -> gateway.sessions().isEmpty());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> !first.state().acceptsRequests() && !second.state().acceptsRequests());
    }
  }

  @Test
  void dropAfterNeedsAtLeastOneMessage() {
    assertThatThrownBy(() -> gateway.faults().dropSessionAfterMessages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("messages: 0 (expected: >= 1)");
  }

  private enum Outcome {
    CLOSED,
    OPEN
  }

  private Socket connect() throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), gateway.port());
  }

  /** Reads until the gateway closes (CLOSED) or the socket's read timeout passes (OPEN). */
  private static Outcome readUntilClosed(Socket socket) throws IOException {
    if (socket.getSoTimeout() == 0) {
      socket.setSoTimeout(10_000);
    }
    try {
      byte[] buffer = new byte[1024];
      while (socket.getInputStream().read(buffer) >= 0) {
        // discard
      }
      return Outcome.CLOSED;
    } catch (SocketTimeoutException e) {
      return Outcome.OPEN;
    } catch (SocketException e) {
      return Outcome.CLOSED;
    }
  }

  /** Waits until the gateway has accepted this very connection and holds it silent. */
  private static void awaitHeldSilent(LogCapture faultLog, Socket socket) {
    String held = "keeping connection from port " + socket.getLocalPort() + " silent";
    await().atMost(Duration.ofSeconds(10)).until(() -> faultLog.count(Level.INFO, held) == 1);
  }
}
