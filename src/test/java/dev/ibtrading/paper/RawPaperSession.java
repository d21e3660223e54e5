package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of the paper gateway that keeps every frame it receives as sent, fields and all: what
 * our client's decoders skip is what a comparison of wire forms must see.
 */
final class RawPaperSession implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final FrameDecoder decoder = new FrameDecoder();

  RawPaperSession(int port, int clientId) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    out.write(Handshake.clientHello(new Handshake.VersionRange(100, 176)));
    out.flush();
    readNext(); // the server hello: version and time, not a message
    send(new StartApi(clientId, ""));
  }

  void send(ClientMessage message) throws IOException {
    out.write(message.toFrame());
    out.flush();
  }

  /** Every frame received until the gateway has been quiet for {@code quietMillis}. */
  List<List<String>> drain(int quietMillis) throws IOException {
    List<List<String>> frames = new ArrayList<>();
    socket.setSoTimeout(quietMillis);
    try {
      while (true) {
        frames.add(readNext());
      }
    } catch (SocketTimeoutException e) {
      return frames;
    }
  }

  private List<String> readNext() throws IOException {
    List<String> fields;
    byte[] buffer = new byte[8192];
    while ((fields = decoder.next()) == null) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new IOException("the paper gateway closed the session");
      }
      decoder.feed(buffer, 0, n);
    }
    return fields;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
