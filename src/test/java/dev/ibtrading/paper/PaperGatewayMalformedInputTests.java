package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.testsupport.TestSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The paper gateway against raw sockets sending random and mutated frames (seeded; the seed is in
 * every failure message, replay with {@code -Dfuzz.seed=N}). Each bad connection must be closed by
 * the gateway with a log line, and a proper client must be served afterwards.
 */
class PaperGatewayMalformedInputTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");
  private static final int READ_LIMIT_MILLIS = 10_000;
  private static final String BAD_FRAME = "bad frame";

  private final long seed = FuzzSeed.get();
  private PaperGateway gateway;
  private LogCapture sessionLog;

  @BeforeEach
  void start() throws Exception {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start();
    sessionLog = LogCapture.of(PaperSession.class);
  }

  @AfterEach
  void stop() {
    sessionLog.close();
    gateway.close();
  }

  @Test
  void randomBytesAreClosedWithALogLine() throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 150; round++) {
      byte[] garbage = new byte[4 + random.nextInt(300)];
      do {
        random.nextBytes(garbage);
      } while (Arrays.equals(Arrays.copyOf(garbage, 4), Handshake.PREFIX));
      String what = "round " + round + " of seed " + seed;
      long badFramesBefore = sessionLog.count(Level.WARN, BAD_FRAME);

      assertThat(sendAndAwaitClose(garbage, false)).as(what).isTrue();

      assertLoggedOneBadFrame(badFramesBefore, what);
    }
    assertServesAProperClient();
  }

  @Test
  void mutatedFramesAreClosedWithALogLine() throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 250; round++) {
      List<byte[]> frames = validSession(1000 + round, 1 + random.nextInt(3));
      int target = random.nextInt(frames.size());
      Mutation mutation = Mutation.pick(random, target == 0);
      frames.set(target, mutation.apply(frames.get(target), random));
      String what = "round " + round + " of seed " + seed + ": " + mutation + " of frame " + target;
      long badFramesBefore = sessionLog.count(Level.WARN, BAD_FRAME);

      assertThat(sendAndAwaitClose(stream(frames), false)).as(what).isTrue();

      assertLoggedOneBadFrame(badFramesBefore, what);
    }
    assertServesAProperClient();
  }

  @Test
  void flippedBytesNeverWedgeTheGateway() throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 150; round++) {
      byte[] bytes = stream(validSession(2000 + round, 1 + random.nextInt(3)));
      int flips = 1 + random.nextInt(3);
      for (int i = 0; i < flips; i++) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
      }
      String what = "round " + round + " of seed " + seed;
      int linesBefore = sessionLines();

      // Half-closes after sending: whatever the flips did, the gateway must end the session.
      assertThat(sendAndAwaitClose(bytes, true)).as(what).isTrue();

      promptly(what).until(() -> sessionLines() > linesBefore);
    }
    assertServesAProperClient();
  }

  /** How a valid frame is broken; every one of these must make the gateway hang up. */
  private enum Mutation {
    OVERSIZED_LENGTH,
    ZERO_LENGTH,
    JUNK_CHARACTER,
    TRAILING_JUNK,
    MISSING_NUL,
    NON_NUMERIC_ID,
    EXTRA_FIELD,
    MISSING_FIELD,
    NON_NUMERIC_VERSION;

    private static final List<Mutation> OF_VERSION_FRAME =
        List.of(OVERSIZED_LENGTH, ZERO_LENGTH, JUNK_CHARACTER, TRAILING_JUNK);
    private static final List<Mutation> OF_MESSAGE =
        List.of(
            OVERSIZED_LENGTH,
            ZERO_LENGTH,
            MISSING_NUL,
            NON_NUMERIC_ID,
            EXTRA_FIELD,
            MISSING_FIELD,
            NON_NUMERIC_VERSION);

    static Mutation pick(Random random, boolean versionFrame) {
      List<Mutation> choices = versionFrame ? OF_VERSION_FRAME : OF_MESSAGE;
      return choices.get(random.nextInt(choices.size()));
    }

    byte[] apply(byte[] frame, Random random) {
      byte[] payload = Arrays.copyOfRange(frame, 4, frame.length);
      return switch (this) {
        case OVERSIZED_LENGTH -> {
          long length = FrameDecoder.IB_MAX_LENGTH + 1L + (random.nextLong() & 0x7FFFFFFFL);
          byte[] copy = frame.clone();
          writeLength(copy, Math.min(length, 0xFFFFFFFFL));
          yield copy;
        }
        case ZERO_LENGTH -> {
          byte[] copy = frame.clone();
          writeLength(copy, 0);
          yield copy;
        }
        case JUNK_CHARACTER -> {
          payload[random.nextInt(payload.length)] = (byte) "x#-+/:;Z".charAt(random.nextInt(8));
          yield framed(payload);
        }
        case TRAILING_JUNK -> framed(concat(payload, "junk".getBytes(StandardCharsets.US_ASCII)));
        case MISSING_NUL -> {
          payload[payload.length - 1] = (byte) ('a' + random.nextInt(26));
          yield framed(payload);
        }
        case NON_NUMERIC_ID -> {
          payload[0] = (byte) ('a' + random.nextInt(26));
          yield framed(payload);
        }
        case EXTRA_FIELD -> framed(concat(payload, "junk\0".getBytes(StandardCharsets.US_ASCII)));
        case MISSING_FIELD -> {
          // Drop the last field: cut after the NUL that ends the one before it.
          int end = payload.length - 2;
          while (payload[end] != 0) {
            end--;
          }
          yield framed(Arrays.copyOf(payload, end + 1));
        }
        case NON_NUMERIC_VERSION -> {
          // Field 1 of both START_API and REQ_CURRENT_TIME is the message version.
          int versionAt = indexOf(payload, (byte) 0) + 1;
          payload[versionAt] = (byte) ('a' + random.nextInt(26));
          yield framed(payload);
        }
      };
    }
  }

  private static List<byte[]> validSession(int clientId, int requests) {
    byte[] hello = Handshake.clientHello(new Handshake.VersionRange(100, 176));
    List<byte[]> frames = new ArrayList<>();
    frames.add(Arrays.copyOfRange(hello, 4, hello.length)); // the version frame, after API\0
    frames.add(new StartApi(clientId, "").toFrame());
    for (int i = 0; i < requests; i++) {
      frames.add(new RequestCurrentTime().toFrame());
    }
    return frames;
  }

  private static byte[] stream(List<byte[]> frames) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Handshake.PREFIX);
    frames.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /**
   * Sends {@code bytes} on a fresh connection and reads until the gateway closes it. True if it did
   * within the limit, false if it was still open then.
   */
  private boolean sendAndAwaitClose(byte[] bytes, boolean halfClose) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
      socket.setSoTimeout(READ_LIMIT_MILLIS);
      try {
        socket.getOutputStream().write(bytes);
        if (halfClose) {
          socket.shutdownOutput();
        }
      } catch (SocketException e) {
        // the gateway hung up while we were still writing: what we wait for below anyway
      }
      byte[] buffer = new byte[4096];
      try {
        while (socket.getInputStream().read(buffer) >= 0) {
          // discard the gateway's hello and answers
        }
        return true;
      } catch (SocketTimeoutException e) {
        return false;
      } catch (SocketException e) {
        return true; // reset: the gateway closed with our bytes unread
      }
    }
  }

  private void assertServesAProperClient() {
    await().atMost(Duration.ofSeconds(10)).until(() -> gateway.sessions().isEmpty());
    try (IbClient client = new IbClient(TestSettings.fast(gateway.port(), 1))) {
      client.connect();
      assertThat(new IbBroker(client, "").currentTime()).isEqualTo(NOW);
    }
  }

  /** The session logs as it ends, just after its socket closes (try-with-resources). */
  private void assertLoggedOneBadFrame(long before, String what) {
    promptly(what).until(() -> sessionLog.count(Level.WARN, BAD_FRAME) > before);
    assertThat(sessionLog.count(Level.WARN, BAD_FRAME)).as(what).isEqualTo(before + 1);
  }

  /** A bounded wait that polls at once and often: the awaited log line is microseconds away. */
  private static ConditionFactory promptly(String what) {
    return await(what)
        .atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(2));
  }

  private int sessionLines() {
    int lines = 0;
    for (Level level : List.of(Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR)) {
      lines += sessionLog.messages(level).size();
    }
    return lines;
  }

  private static byte[] framed(byte[] payload) {
    byte[] frame = new byte[4 + payload.length];
    writeLength(frame, payload.length);
    System.arraycopy(payload, 0, frame, 4, payload.length);
    return frame;
  }

  private static void writeLength(byte[] frame, long length) {
    frame[0] = (byte) (length >>> 24);
    frame[1] = (byte) (length >>> 16);
    frame[2] = (byte) (length >>> 8);
    frame[3] = (byte) length;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    throw new AssertionError("no " + value + " in " + Arrays.toString(bytes));
  }
}
