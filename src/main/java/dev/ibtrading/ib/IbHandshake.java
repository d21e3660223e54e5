package dev.ibtrading.ib;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import dev.ibtrading.ib.wire.Handshake.ServerHello;
import dev.ibtrading.ib.wire.Handshake.VersionRange;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * Dials the gateway and exchanges hellos (§1.1, §1.2), turning each way this can fail into an
 * {@link IbNotConnectedException} that says which it was: nothing accepted the connection, the
 * gateway closed it, kept silent past the connect timeout, answered garbage, or answered a version
 * this client does not speak (§5.5 describes the first three as what a gateway that is down,
 * starting or not trusting the client looks like).
 */
final class IbHandshake {
  /** An open socket after the hellos; the decoder may already hold bytes that followed. */
  record Greeted(Socket socket, FrameDecoder decoder, ServerHello hello) {}

  private IbHandshake() {}

  static Greeted perform(IbSettings settings) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      socket.connect(
          new InetSocketAddress(settings.host(), settings.port()),
          (int) settings.connectTimeout().toMillis());
    } catch (IOException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " refused or did not take the connection (is its API port open?): "
              + e.getMessage(),
          e);
    }
    try {
      return exchangeHellos(socket, settings);
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " accepted the connection but did not answer the handshake within "
              + settings.connectTimeout(),
          e);
    } catch (IOException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " accepted the connection but closed it during the handshake: "
              + e.getMessage(),
          e);
    } catch (CorruptFrameException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "gateway at " + settings.address() + " sent a bad handshake: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(socket);
      throw e;
    }
  }

  private static Greeted exchangeHellos(Socket socket, IbSettings settings) throws IOException {
    socket.setSoTimeout((int) settings.connectTimeout().toMillis());
    socket
        .getOutputStream()
        .write(
            Handshake.clientHello(
                new VersionRange(Handshake.CLIENT_MIN_VERSION, settings.maxServerVersion())));
    FrameDecoder decoder = new FrameDecoder(settings.maxFrameLength());
    ServerHello hello = Handshake.parseServerHello(readFrame(socket.getInputStream(), decoder));
    if (hello.serverVersion() != Handshake.SERVER_VERSION) {
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " answered server version "
              + hello.serverVersion()
              + " (expected: "
              + Handshake.SERVER_VERSION
              + ", the only layouts this client speaks; set ib.max-server-version to "
              + Handshake.SERVER_VERSION
              + ")");
    }
    socket.setSoTimeout(0);
    return new Greeted(socket, decoder, hello);
  }

  private static List<String> readFrame(InputStream in, FrameDecoder decoder) throws IOException {
    byte[] buffer = new byte[4096];
    List<String> fields;
    while ((fields = decoder.next()) == null) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new EOFException("end of stream before the server hello was complete");
      }
      decoder.feed(buffer, 0, n);
    }
    return fields;
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
