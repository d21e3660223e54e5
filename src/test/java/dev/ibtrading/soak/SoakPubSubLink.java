package dev.ibtrading.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * The network between the worker and the soak's Pub/Sub emulator: a TCP relay the worker reaches
 * Pub/Sub through. {@link #cut()} ends every connection and refuses new ones (each is closed as it
 * is accepted) until {@link #restore()}.
 *
 * <p>Pub/Sub keeps its topics, subscriptions and messages through the cut, as it does through a
 * real outage. Stopping the emulator instead loses them all, and the topology provisioned again has
 * a moment with the outcome topic and without its reader subscription: Google's client, which
 * retries an unconfirmed publish on its own, can publish the run's outcome into that moment, where
 * Pub/Sub confirms it and delivers it to no one.
 */
final class SoakPubSubLink implements AutoCloseable {
  private final ServerSocket server;
  private final int upstreamPort;
  private final Set<Socket> open = new HashSet<>();
  private boolean cut;

  /** Relays from a free local port to the emulator on {@code upstreamPort}. */
  SoakPubSubLink(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon("soak-pubsub-link", this::acceptAll).start();
  }

  /** Where the worker finds Pub/Sub: {@code host:port} of this relay. */
  String hostPort() {
    return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
  }

  /** Ends every relayed connection; new ones are closed as they arrive. */
  synchronized void cut() {
    cut = true;
    open.forEach(SoakPubSubLink::closeQuietly);
    open.clear();
  }

  /** Relays new connections again. */
  synchronized void restore() {
    cut = false;
  }

  @Override
  public void close() {
    closeQuietly(server);
    cut();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        relay(server.accept());
      } catch (IOException e) {
        // the relay closed, or one connection failed: the next accept tells which
      }
    }
  }

  private synchronized void relay(Socket client) throws IOException {
    if (cut) {
      closeQuietly(client);
      return;
    }
    Socket emulator;
    try {
      emulator = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
    } catch (IOException e) {
      closeQuietly(client);
      throw e;
    }
    open.add(client);
    open.add(emulator);
    daemon("soak-pubsub-link-up", () -> pump(client, emulator)).start();
    daemon("soak-pubsub-link-down", () -> pump(emulator, client)).start();
  }

  /** Copies until either side ends, then closes both: a connection ends as a whole. */
  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // cut, or closed by either end
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      synchronized (this) {
        open.remove(from);
        open.remove(to);
      }
    }
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing is all that is asked
    }
  }
}
