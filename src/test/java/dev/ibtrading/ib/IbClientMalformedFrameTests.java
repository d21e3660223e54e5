package dev.ibtrading.ib;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.TestSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The client against a fake gateway that sends bad bytes: every case ends with a clear {@link
 * IbNotConnectedException}, the client closing its socket, and no hang (every wait is bounded).
 */
class IbClientMalformedFrameTests {
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

  @Test
  void garbageInsteadOfTheHelloIsRejectedByItsLengthBeforeBuffering() throws Exception {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  closed.complete(
                      peer.sendThenAwaitClose(
                          "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {

      assertThatThrownBy(client::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessage(
              "gateway at 127.0.0.1:"
                  + raw.port()
                  + " sent a bad handshake: frame length: 1213486160 (expected: <= 16777215)");
      assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
      assertThat(closed.get(15, SECONDS)).as("client closed its socket").isTrue();
    }
  }

  @Test
  void aHelloCutShortByTheGatewayClosingFailsTheConnect() throws Exception {
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  peer.sendRaw(new byte[] {0, 0, 0, 26, '1', '7'});
                  // the script returns and the gateway closes the socket
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {

      assertThatThrownBy(client::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageContaining("accepted the connection but closed it during the handshake");
    }
  }

  @Test
  void aHelloCutShortByASilentGatewayTimesOut() throws Exception {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  closed.complete(peer.sendThenAwaitClose(new byte[] {0, 0, 0, 26, '1', '7'}));
                });
        IbClient client =
            new IbClient(TestSettings.fast(raw.port(), 1).withConnectTimeout(SHORT_TIMEOUT))) {

      assertThatThrownBy(client::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageContaining("did not answer the handshake within PT0.5S");
      assertThat(closed.get(15, SECONDS)).isTrue();
    }
  }

  @Test
  void aNonNumericServerVersionIsABadHandshake() throws Exception {
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  peer.sendFields("abc", "20250103 09:30:00 EST");
                  peer.stayQuiet();
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {

      assertThatThrownBy(client::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageEndingWith(
              "sent a bad handshake: server version: 'abc' (expected: an integer)");
    }
  }

  @Test
  void aNonNumericMessageIdAfterTheHelloFailsTheConnect() throws Exception {
    assertConnectFailsAfterHello(
        frameOf("abc", "1"), "sent a bad frame: message id: 'abc' (expected: an integer)");
  }

  @Test
  void aZeroLengthFrameFailsTheConnect() throws Exception {
    assertConnectFailsAfterHello(new byte[4], "sent a bad frame: frame length: 0 (expected: >= 1)");
  }

  @Test
  void aPayloadWithoutTrailingNulFailsTheConnect() throws Exception {
    assertConnectFailsAfterHello(
        new byte[] {0, 0, 0, 3, '9', 0, '1'},
        "sent a bad frame: frame of 3 bytes does not end with NUL");
  }

  @Test
  void aKnownMessageWithAnExtraFieldFailsTheConnect() throws Exception {
    assertConnectFailsAfterHello(
        frameOf("9", "1", "5", "extra"), "sent a bad frame: message 9 has 4 fields (expected: 3)");
  }

  @Test
  void aKnownMessageWithAGarbageFieldFailsTheConnect() throws Exception {
    assertConnectFailsAfterHello(
        frameOf("9", "1", "five"),
        "sent a bad frame: message 9 field 2: 'five' (expected: an integer)");
  }

  @Test
  void anOversizedLengthMidSessionEndsItAndFailsTheRequestInFlight() throws Exception {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.startSession();
                  peer.readFrame(); // the request
                  byte[] hostile = new byte[1 << 20];
                  hostile[0] = hostile[1] = hostile[2] = hostile[3] = (byte) 0xFF;
                  closed.complete(peer.sendThenAwaitClose(hostile));
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {
      client.connect();

      CompletableFuture<?> answer = client.submit(new CurrentTimeRequest());

      assertThatThrownBy(() -> answer.get(15, SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessageEndingWith(
              "sent a bad frame: frame length: 4294967295 (expected: <= 16777215)");
      assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
      assertThat(closed.get(15, SECONDS)).isTrue();
    }
  }

  @Test
  void randomGarbageMidSessionNeverHangsARequest() throws Exception {
    long seed = FuzzSeed.get();
    Random random = new Random(seed);
    for (int round = 0; round < 25; round++) {
      byte[] garbage = new byte[1 + random.nextInt(300)];
      random.nextBytes(garbage);
      try (RawGateway raw =
              RawGateway.serve(
                  peer -> {
                    peer.startSession();
                    peer.readFrame();
                    peer.sendRaw(garbage);
                    // then close: a frame the garbage left incomplete ends at EOF
                  });
          IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {
        client.connect();

        CompletableFuture<?> answer = client.submit(new CurrentTimeRequest());

        assertThatThrownBy(() -> answer.get(15, SECONDS))
            .as("round %d of seed %d", round, seed)
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOf(IbNotConnectedException.class);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> client.state() == ConnectionState.DISCONNECTED);
      }
    }
  }

  private static void assertConnectFailsAfterHello(byte[] bad, String expectedEnding)
      throws Exception {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    try (RawGateway raw =
            RawGateway.serve(
                peer -> {
                  peer.readClientHello();
                  peer.sendHello();
                  peer.readFrame(); // START_API
                  closed.complete(peer.sendThenAwaitClose(bad));
                });
        IbClient client = new IbClient(TestSettings.fast(raw.port(), 1))) {

      assertThatThrownBy(client::connect)
          .isInstanceOf(IbNotConnectedException.class)
          .hasMessage("gateway at 127.0.0.1:" + raw.port() + " " + expectedEnding);
      assertThat(client.state()).isEqualTo(ConnectionState.DISCONNECTED);
      assertThat(closed.get(15, SECONDS)).as("client closed its socket").isTrue();
    }
  }

  private static byte[] frameOf(String... fields) {
    return new dev.ibtrading.ib.wire.FieldWriter().addAll(fields).toFrame();
  }
}
