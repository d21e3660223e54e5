package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.wire.FieldWriter;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A bare TWS client on a real socket: handshake at 176, START_API, then frames sent as given and
 * every frame received kept as its fields (message id first), undecoded, so that tests see exactly
 * what the gateway wrote.
 */
final class RawTwsClient implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final List<List<String>> received = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private RawTwsClient(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.reader = new Thread(this::read, "raw-tws-client");
    reader.setDaemon(true);
  }

  static RawTwsClient connect(int port, int clientId) throws IOException {
    RawTwsClient client = new RawTwsClient(new Socket(InetAddress.getLoopbackAddress(), port));
    client.out.write(Handshake.clientHello(new Handshake.VersionRange(100, 176)));
    client.reader.start();
    client.awaitFrame(f -> f.size() == 2 && f.get(0).equals("176"), Duration.ofSeconds(10));
    client.send(new StartApi(clientId, ""));
    client.awaitFrame(f -> f.get(0).equals("15"), Duration.ofSeconds(10));
    return client;
  }

  void send(ClientMessage message) throws IOException {
    out.write(message.toFrame());
    out.flush();
  }

  /** Sends a frame of raw fields, message id first, for requests this project has no record of. */
  void sendFields(String... fields) throws IOException {
    FieldWriter writer = new FieldWriter();
    writer.addAll(fields);
    out.write(writer.toFrame());
    out.flush();
  }

  /** Every frame received so far, in order. */
  List<List<String>> received() {
    return List.copyOf(received);
  }

  /** The first frame received (so far or within {@code timeout}) that matches. */
  List<String> awaitFrame(Predicate<List<String>> matching, Duration timeout) {
    return awaitFrameFrom(0, matching, timeout);
  }

  /** The first matching frame at or after position {@code from} of {@link #received()}. */
  List<String> awaitFrameFrom(int from, Predicate<List<String>> matching, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      List<List<String>> frames = received();
      for (List<String> frame : frames.subList(Math.min(from, frames.size()), frames.size())) {
        if (matching.test(frame)) {
          return frame;
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no frame matched within " + timeout + "; received " + received);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private void read() {
    FrameDecoder decoder = new FrameDecoder(FrameDecoder.IB_MAX_LENGTH);
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = socket.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        decoder.feed(buffer, 0, n);
        List<String> fields;
        while ((fields = decoder.next()) != null) {
          received.add(fields);
        }
      }
    } catch (IOException e) {
      // closed
    }
  }
}
