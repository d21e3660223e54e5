package dev.ibtrading.paper;

import dev.ibtrading.ib.message.ClientMessage;
import dev.ibtrading.ib.message.ClientMessageType;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.message.ServerMessage;
import dev.ibtrading.ib.message.StartApi;
import dev.ibtrading.ib.message.UnknownMessage;
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
import java.net.Socket;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to the paper gateway: the server side of the handshake, START_API, then one
 * request at a time handed to the handler for its type. Messages to the client go through {@link
 * #send}, which any thread may call (fills arrive from the order engine's timer).
 */
public final class PaperSession implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PaperSession.class);
  private static final DateTimeFormatter HELLO_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss zzz");

  private final PaperGateway gateway;
  private final Socket socket;
  private final OutputStream out;
  private final FrameDecoder decoder;
  private volatile boolean closed;
  private volatile int clientId = -1;

  PaperSession(PaperGateway gateway, Socket socket, int maxFrameLength) throws IOException {
    this.gateway = gateway;
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.decoder = new FrameDecoder(maxFrameLength);
  }

  /** The client id from START_API, or -1 before it. */
  public int clientId() {
    return clientId;
  }

  public boolean isOpen() {
    return !closed;
  }

  /** Sends one message; a session that is gone drops it (the client will not see it anyway). */
  public void send(ServerMessage message) {
    byte[] frame = message.toFrame();
    synchronized (out) {
      if (closed) {
        return;
      }
      try {
        out.write(frame);
        out.flush();
      } catch (IOException e) {
        log.debug("Session {} gone while sending {}: {}", clientId, message.type(), e.getMessage());
        close();
      }
    }
    gateway.faults().afterSend(this);
  }

  /** Sends an error or notice about {@code id}. */
  public void sendError(int id, int code, String text) {
    send(new ErrorMessage(id, code, text));
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    gateway.sessionClosed(this);
  }

  /** Runs the session to its end on the calling thread. */
  void run() {
    try (InputStream in = socket.getInputStream()) {
      if (!handshake(in)) {
        return;
      }
      while (!closed) {
        List<String> fields = readFrame(in);
        Object message = ClientMessageType.decode(new FieldReader(fields));
        if (message instanceof UnknownMessage unknown) {
          log.warn("Paper gateway refuses message id {}: it does not serve it", unknown.id());
          PaperRefusals.refuse(unknown.fields(), this);
        } else {
          gateway.handle((ClientMessage) message, this);
        }
      }
    } catch (CorruptFrameException e) {
      log.warn("Closing paper session {}: bad frame: {}", clientId, e.getMessage());
    } catch (IOException e) {
      log.debug("Paper session {} ended: {}", clientId, e.getMessage());
    } catch (RuntimeException e) {
      log.error("Paper session {} failed", clientId, e);
    } finally {
      close();
    }
  }

  private boolean handshake(InputStream in) throws IOException {
    byte[] prefix = in.readNBytes(Handshake.PREFIX.length);
    if (!Arrays.equals(prefix, Handshake.PREFIX)) {
      throw new CorruptFrameException("connection does not start with API\\0");
    }
    VersionRange range = Handshake.parseVersionRange(readPayload(in));
    if (!range.contains(Handshake.SERVER_VERSION)) {
      log.warn(
          "Refusing client: it speaks {}, this gateway only {}", range, Handshake.SERVER_VERSION);
      return false;
    }
    ZoneId zone = ZoneId.of("America/New_York");
    writeRaw(
        Handshake.serverHello(
            new ServerHello(
                Handshake.SERVER_VERSION, HELLO_TIME.format(gateway.clock().now().atZone(zone)))));
    Object first = ClientMessageType.decode(new FieldReader(readFrame(in)));
    if (!(first instanceof StartApi start)) {
      throw new CorruptFrameException("first message after the hello is not START_API");
    }
    if (!gateway.claimClientId(start.clientId(), this)) {
      log.warn("Refusing client id {}: another session holds it (326)", start.clientId());
      sendError(
          ErrorMessage.NO_ID,
          326,
          "Unable to connect as the client id is already in use. Retry with a unique client id.");
      sleepQuietly(500);
      return false;
    }
    clientId = start.clientId();
    send(new NextValidId(gateway.nextValidOrderId()));
    send(new ManagedAccounts(List.of(gateway.config().account())));
    sendError(ErrorMessage.NO_ID, 2104, "Market data farm connection is OK:usfarm");
    sendError(ErrorMessage.NO_ID, 2106, "HMDS data farm connection is OK:ushmds");
    sendError(ErrorMessage.NO_ID, 2158, "Sec-def data farm connection is OK:secdefnj");
    return true;
  }

  private void writeRaw(byte[] frame) throws IOException {
    synchronized (out) {
      out.write(frame);
      out.flush();
    }
  }

  private byte[] readPayload(InputStream in) throws IOException {
    byte[] payload;
    while ((payload = decoder.nextPayload()) == null) {
      fill(in);
    }
    return payload;
  }

  private List<String> readFrame(InputStream in) throws IOException {
    List<String> fields;
    while ((fields = decoder.next()) == null) {
      fill(in);
    }
    gateway.faults().afterReceive(this);
    return fields;
  }

  private final byte[] buffer = new byte[16 * 1024];

  private void fill(InputStream in) throws IOException {
    int n = in.read(buffer);
    if (n < 0) {
      throw new EOFException("client closed the connection");
    }
    decoder.feed(buffer, 0, n);
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
