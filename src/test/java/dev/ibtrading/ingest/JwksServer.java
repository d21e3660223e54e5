package dev.ibtrading.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves a JWKS document on 127.0.0.1 at an ephemeral port, as Google serves its certs. */
public final class JwksServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger fetches = new AtomicInteger();

  private JwksServer(HttpServer server) {
    this.server = server;
  }

  public static JwksServer serving(String jwks) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      JwksServer jwksServer = new JwksServer(server);
      byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/certs",
          exchange -> {
            jwksServer.fetches.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return jwksServer;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the JWKS server", e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
  }

  public int fetches() {
    return fetches.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
