package dev.ibtrading.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The soak's outage of Pub/Sub is only as real as the link's cut: a link that let bytes through
 * would make {@link Fault#OUTCOME_PUBLISH_DOWN} a scenario without a fault, and pass.
 */
class SoakPubSubLinkTests {
  private ServerSocket echo;
  private SoakPubSubLink link;

  @BeforeEach
  void start() throws IOException {
    echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread server = new Thread(this::echoAll, "echo");
    server.setDaemon(true);
    server.start();
    link = new SoakPubSubLink(echo.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    link.close();
    echo.close();
  }

  @Test
  void relaysUntilCutThenRefusesUntilRestored() throws IOException {
    try (Socket before = connect()) {
      assertThat(roundTrip(before, 'a')).isEqualTo('a');
      link.cut();
      assertThat(endOfStream(before)).as("connection open at the cut ended").isTrue();
    }
    try (Socket during = connect()) {
      assertThat(endOfStream(during)).as("connection made while cut refused").isTrue();
    }
    link.restore();
    try (Socket after = connect()) {
      assertThat(roundTrip(after, 'b')).isEqualTo('b');
    }
  }

  private Socket connect() throws IOException {
    String[] hostPort = link.hostPort().split(":");
    Socket socket = new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static int roundTrip(Socket socket, char c) throws IOException {
    socket.getOutputStream().write(c);
    socket.getOutputStream().flush();
    return socket.getInputStream().read();
  }

  /** True when the link ended the connection: a read sees its end, or a reset. */
  private static boolean endOfStream(Socket socket) throws IOException {
    try {
      socket.getOutputStream().write('x');
      return socket.getInputStream().read() == -1;
    } catch (SocketException e) {
      return true;
    }
  }

  private void echoAll() {
    while (!echo.isClosed()) {
      try {
        Socket client = echo.accept();
        Thread pump = new Thread(() -> echoOne(client), "echo-one");
        pump.setDaemon(true);
        pump.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void echoOne(Socket client) {
    try (client;
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // the link ended it
    }
  }
}
