package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.message.ServerMessage;
import dev.ibtrading.ib.wire.FieldWriter;
import dev.ibtrading.ib.wire.FrameDecoder;
import dev.ibtrading.ib.wire.Handshake;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake gateway on a real loopback socket that runs a script per connection, to send the client
 * exactly the bytes a test wants, bad ones included. Script failures are collected and rethrown by
 * {@link #close()}.
 */
final class RawGateway implements AutoCloseable {
  /** What the fake gateway does with one connection. */
  interface Script {
    void run(Peer peer) throws Exception;
  }

  private final ServerSocket server;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  private RawGateway(Script script) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket socket = server.accept();
                  sockets.add(socket);
                  Thread t = new Thread(() -> runScript(script, socket), "raw-gateway-peer");
                  t.setDaemon(true);
                  t.start();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "raw-gateway-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static RawGateway serve(Script script) throws IOException {
    return new RawGateway(script);
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("raw gateway script failed", failures.get(0));
      failures.stream().skip(1).forEach(error::addSuppressed);
      throw error;
    }
  }

  private void runScript(Script script, Socket socket) {
    try {
      script.run(new Peer(socket));
    } catch (SocketException e) {
      // The client closed first: what most scripts provoke.
    } catch (Throwable e) {
      failures.add(e);
    } finally {
      try {
        socket.close(); // a script that returns hangs up, as a gateway would
      } catch (IOException ignored) {
        // closed anyway
      }
    }
  }

  /** The gateway's side of one connection. */
  static final class Peer {
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    Peer(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new DataInputStream(socket.getInputStream());
      this.out = socket.getOutputStream();
    }

    /** Reads {@code API\0} and the version frame, checking both. */
    void readClientHello() throws IOException {
      byte[] prefix = in.readNBytes(4);
      if (!Arrays.equals(prefix, Handshake.PREFIX)) {
        throw new AssertionError("client hello starts with " + Arrays.toString(prefix));
      }
      byte[] versions = in.readNBytes(in.readInt());
      String text = new String(versions, StandardCharsets.US_ASCII);
      if (!text.equals("v100..176")) {
        throw new AssertionError("client advertises " + text + " (expected: v100..176)");
      }
    }

    void sendHello() throws IOException {
      sendRaw(Handshake.serverHello(new Handshake.ServerHello(176, "20250103 09:30:00 EST")));
    }

    /** The fields of the next frame the client sends. */
    List<String> readFrame() throws IOException {
      int length = in.readInt();
      if (length < 1 || length > FrameDecoder.IB_MAX_LENGTH) {
        throw new AssertionError("client frame length " + length);
      }
      byte[] payload = in.readNBytes(length);
      List<String> fields = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < payload.length; i++) {
        if (payload[i] == 0) {
          fields.add(new String(payload, start, i - start, StandardCharsets.ISO_8859_1));
          start = i + 1;
        }
      }
      return fields;
    }

    /** Completes the handshake and START_API so that the client's connect() returns. */
    void startSession() throws IOException {
      readClientHello();
      sendHello();
      List<String> start = readFrame();
      if (!start.get(0).equals("71")) {
        throw new AssertionError("expected START_API, got " + start);
      }
      send(new NextValidId(1));
      send(new ManagedAccounts(List.of("DU0000001")));
    }

    void send(ServerMessage message) throws IOException {
      sendRaw(message.toFrame());
    }

    void sendFields(String... fields) throws IOException {
      sendRaw(new FieldWriter().addAll(fields).toFrame());
    }

    void sendRaw(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
    }

    /**
     * Reads and discards until the client closes the connection. True if it did within 10 s, false
     * if it kept the connection open that long.
     */
    boolean clientClosed() throws IOException {
      socket.setSoTimeout(10_000);
      byte[] buffer = new byte[8192];
      try {
        while (in.read(buffer) >= 0) {
          // discard whatever the client still sends
        }
        return true;
      } catch (SocketTimeoutException e) {
        return false;
      } catch (SocketException e) {
        return true; // reset by the client: closed as well
      }
    }

    /**
     * Sends bytes the client should hang up on, then reports whether it did. A write that fails
     * because the client already closed counts as closed.
     */
    boolean sendThenAwaitClose(byte[] bytes) throws IOException {
      try {
        sendRaw(bytes);
      } catch (SocketException e) {
        return true;
      }
      return clientClosed();
    }

    /** Keeps the connection open without answering until the client closes it (max 10 s). */
    void stayQuiet() throws IOException {
      clientClosed();
    }
  }
}
