package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.wire.FieldWriter;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import dev.ibtrading.ib.wire.Handshake.ServerHello;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * A one-connection gateway that does the handshake right and then answers REQ_CURRENT_TIME with a
 * frame of its choosing: the wrong layout a conformance check must catch.
 */
final class MisbehavingGateway implements AutoCloseable {
  private static final String REQ_CURRENT_TIME = "49";

  private final ServerSocket server;
  private final List<String> currentTimeAnswer;

  /**
   * @param currentTimeAnswer the fields sent for CURRENT_TIME, message id included
   */
  MisbehavingGateway(List<String> currentTimeAnswer) throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.currentTimeAnswer = currentTimeAnswer;
    Thread thread = new Thread(this::serveOne, "misbehaving-gateway");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void serveOne() {
    try (Socket socket = server.accept();
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      FrameDecoder frames = new FrameDecoder();
      in.readNBytes(Handshake.PREFIX.length);
      while (frames.nextPayload() == null) { // the version range: framed, but no NUL
        fill(in, frames);
      }
      out.write(
          Handshake.serverHello(
              new ServerHello(Handshake.SERVER_VERSION, "20250103 10:00:00 EST")));
      next(in, frames); // START_API
      out.write(new NextValidId(1).toFrame());
      out.write(new ManagedAccounts(List.of("DU0000001")).toFrame());
      while (true) {
        List<String> request = next(in, frames);
        if (request.get(0).equals(REQ_CURRENT_TIME)) {
          out.write(new FieldWriter().addAll(currentTimeAnswer.toArray(String[]::new)).toFrame());
        }
      }
    } catch (IOException e) {
      // the client went away or the test closed the server: done
    }
  }

  private static List<String> next(InputStream in, FrameDecoder frames) throws IOException {
    List<String> fields;
    while ((fields = frames.next()) == null) {
      fill(in, frames);
    }
    return fields;
  }

  private static void fill(InputStream in, FrameDecoder frames) throws IOException {
    byte[] buffer = new byte[4096];
    int n = in.read(buffer);
    if (n < 0) {
      throw new IOException("client closed");
    }
    frames.feed(buffer, 0, n);
  }
}
