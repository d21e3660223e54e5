package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake.ServerHello;
import dev.ibtrading.ib.wire.UnicodeEscapes;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP session with a gateway: handshake, START_API, then a reader thread that decodes every
 * frame and hands the message to a sink, and a paced, thread-safe {@link #send}. It never
 * reconnects; {@link IbClient} owns the session's lifecycle and opens a new one after a loss.
 *
 * <p>Anything the gateway sends that cannot be decoded ends the session: fields are positional, so
 * after one bad frame nothing that follows can be trusted (§1.3).
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
   * @throws IbNotConnectedException if the connection or the handshake fails ({@link IbHandshake}
   *     says how)
   */
  static IbConnection open(
      IbSettings settings, Consumer<Object> sink, Consumer<IbException> onClose) {
    IbHandshake.Greeted greeted = IbHandshake.perform(settings);
    IbConnection connection;
    try {
      connection =
          new IbConnection(
              greeted.socket(),
              greeted.decoder(),
              new Pacer(settings.maxMessagesPerSecond()),
              greeted.hello());
    } catch (IOException e) {
      IbHandshake.closeQuietly(greeted.socket());
      throw new IbNotConnectedException(
          "connection to gateway at " + settings.address() + " failed: " + e.getMessage(), e);
    }
    connection.send(new StartApi(settings.clientId(), ""));
    connection.startReader(sink, onClose, settings.address());
    return connection;
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
          throw new IbNotConnectedException(
              message.type() + " not sent: the session with the gateway has ended");
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
    IbHandshake.closeQuietly(socket);
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
          deliver(decode(fields), sink);
        }
        int n = in.read(buffer);
        if (n < 0) {
          throw new EOFException("gateway closed the connection");
        }
        decoder.feed(buffer, 0, n);
      }
    } catch (CorruptFrameException e) {
      cause = badFrame(address, e);
    } catch (IOException e) {
      cause =
          new IbNotConnectedException(
              closed
                  ? "connection closed"
                  : "lost connection to gateway at " + address + ": " + e.getMessage(),
              e);
    } catch (RuntimeException e) {
      // A reader that chokes on a layout is as bad as a corrupt frame; the session must end
      // rather than leave this thread dead and the client waiting.
      log.error("Decoding a message from the gateway at {} failed", address, e);
      cause = badFrame(address, e);
    }
    close();
    onClose.accept(cause);
  }

  private static Object decode(List<String> fields) {
    Object message = ServerMessageType.decode(new FieldReader(fields));
    if (message instanceof ErrorMessage error && error.message().contains("\\u")) {
      return new ErrorMessage(
          error.id(),
          error.code(),
          UnicodeEscapes.unescape(error.message()),
          error.advancedOrderRejectJson());
    }
    return message;
  }

  private static void deliver(Object message, Consumer<Object> sink) {
    try {
      sink.accept(message);
    } catch (RuntimeException e) {
      log.error("Handling {} failed", message.getClass().getSimpleName(), e);
    }
  }

  private IbNotConnectedException badFrame(String address, RuntimeException e) {
    return new IbNotConnectedException(
        "gateway at " + address + " sent a bad frame: " + e.getMessage(), e);
  }
}
