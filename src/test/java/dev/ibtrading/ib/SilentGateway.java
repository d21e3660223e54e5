package dev.ibtrading.ib;

import dev.ibtrading.ib.message.ManagedAccounts;
import dev.ibtrading.ib.message.NextValidId;
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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake gateway for one client: it completes the handshake, then records every frame it receives
 * and answers none of them, like a gateway that has stopped responding.
 */
final class SilentGateway implements AutoCloseable {
  private final ServerSocket server;
  final List<List<String>> received = new CopyOnWriteArrayList<>();

  SilentGateway() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serveOne, "silent-gateway");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  long framesWithMessageId(int id) {
    return received.stream().filter(f -> f.get(0).equals(String.valueOf(id))).count();
  }

  private void serveOne() {
    try (Socket socket = server.accept()) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      in.readNBytes(Handshake.PREFIX.length);
      FrameDecoder decoder = new FrameDecoder();
      byte[] buffer = new byte[4096];
      byte[] version;
      while ((version = decoder.nextPayload()) == null) {
        decoder.feed(buffer, 0, Math.max(0, in.read(buffer)));
      }
      out.write(Handshake.serverHello(new ServerHello(176, "20250103 12:00:00 EST")));
      boolean started = false;
      while (true) {
        List<String> fields;
        while ((fields = decoder.next()) == null) {
          int n = in.read(buffer);
          if (n < 0) {
            return;
          }
          decoder.feed(buffer, 0, n);
        }
        received.add(fields);
        if (!started) { // START_API: make the session usable, then go silent
          out.write(new NextValidId(1).toFrame());
          out.write(new ManagedAccounts(List.of("DU0000009")).toFrame());
          started = true;
        }
      }
    } catch (IOException e) {
      // the client went away: done
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
