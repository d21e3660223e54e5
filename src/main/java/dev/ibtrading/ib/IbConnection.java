package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import dev.ibtrading.ib.wire.Handshake.ServerHello;
import dev.ibtrading.ib.wire.Handshake.VersionRange;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP session with a gateway: handshake, START_API, then a reader thread that decodes every
 * frame and hands the message to a sink, and a paced, thread-safe {@link #send}. It never
 * reconnects; {@link IbClient} owns the session's lifecycle and opens a new one after a loss.
 */
final class IbConnection implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IbConnection.class);

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final FrameDecoder decoder;
  private final Pacer pacer;
  private final ServerHello hello;
  private volatile boolean closed;

  private IbConnection(Socket socket, FrameDecoder decoder, Pacer pacer, ServerHello hello)
      throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.in = socket.getInputStream();
    this.decoder = decoder;
    this.pacer = pacer;
    this.hello = hello;
  }

  /**
   * Connects, exchanges hellos and sends START_API. Messages that arrive from then on go to {@code
   * sink} on a reader thread; {@code onClose} runs once when the session ends, with the cause.
   *
   * @throws IbNotConnectedException if the gateway refuses, does not answer within the timeout, or
   *     answers a server version this client does not speak
   */
  static IbConnection open(
      IbSettings settings, Consumer<Object> sink, Consumer<IbException> onClose) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.setKeepAlive(true);
      socket.connect(
          new InetSocketAddress(settings.host(), settings.port()),
          (int) settings.connectTimeout().toMillis());
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
      IbConnection connection =
          new IbConnection(
              socket,
              decoder,
              new Pacer(settings.maxMessagesPerSecond(), settings.maxMessagesPerSecond()),
              hello);
      connection.send(new StartApi(settings.clientId(), ""));
      connection.startReader(sink, onClose, settings.address());
      return connection;
    } catch (SocketTimeoutException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "gateway at "
              + settings.address()
              + " accepted the connection but did not answer the handshake within "
              + settings.connectTimeout(),
          e);
    } catch (IOException | CorruptFrameException e) {
      closeQuietly(socket);
      throw new IbNotConnectedException(
          "cannot connect to gateway at " + settings.address() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(socket);
      throw e;
    }
  }

  int serverVersion() {
    return hello.serverVersion();
  }

  /** The connection time the gateway reported in its hello, as it wrote it. */
  String connectionTime() {
    return hello.connectionTime();
  }

  boolean isOpen() {
    return !closed;
  }

  /**
   * Sends one message, waiting for the pacer if the rate limit is reached.
   *
   * @throws IbNotConnectedException if the session is closed or the write fails
   */
  void send(ClientMessage message) {
    byte[] frame = message.toFrame();
    try {
      pacer.acquire();
      synchronized (out) {
        if (closed) {
          throw new IbNotConnectedException("not connected to the gateway");
        }
        out.write(frame);
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IbNotConnectedException("interrupted while sending " + message.type());
    } catch (IOException e) {
      close();
      throw new IbNotConnectedException("sending " + message.type() + " failed: " + e, e);
    }
  }

  @Override
  public void close() {
    closed = true;
    closeQuietly(socket);
  }

  private void startReader(Consumer<Object> sink, Consumer<IbException> onClose, String address) {
    Thread reader =
        new Thread(() -> readLoop(sink, onClose, address), "ib-reader-" + socket.getLocalPort());
    reader.setDaemon(true);
    reader.start();
  }

  private void readLoop(Consumer<Object> sink, Consumer<IbException> onClose, String address) {
    IbException cause;
    try {
      byte[] buffer = new byte[64 * 1024];
      while (true) {
        // Drain first: the handshake may have buffered bytes that followed the hello.
        List<String> fields;
        while ((fields = decoder.next()) != null) {
          Object message = ServerMessageType.decode(new FieldReader(fields));
          try {
            sink.accept(message);
          } catch (RuntimeException e) {
            log.error("Handling {} failed", message.getClass().getSimpleName(), e);
          }
        }
        int n = in.read(buffer);
        if (n < 0) {
          throw new EOFException("gateway closed the connection");
        }
        decoder.feed(buffer, 0, n);
      }
    } catch (CorruptFrameException e) {
      cause =
          new IbNotConnectedException(
              "gateway at " + address + " sent a bad frame: " + e.getMessage(), e);
    } catch (IOException e) {
      cause =
          new IbNotConnectedException(
              closed
                  ? "connection closed"
                  : "lost connection to gateway at " + address + ": " + e.getMessage(),
              e);
    }
    close();
    onClose.accept(cause);
  }

  private static List<String> readFrame(InputStream in, FrameDecoder decoder) throws IOException {
    byte[] buffer = new byte[4096];
    List<String> fields;
    while ((fields = decoder.next()) == null) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new EOFException("gateway closed the connection during the handshake");
      }
      decoder.feed(buffer, 0, n);
    }
    return fields;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
