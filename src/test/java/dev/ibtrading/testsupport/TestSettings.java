package dev.ibtrading.testsupport;

import dev.ibtrading.ib.IbSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Client settings for tests: loopback, quick retries, generous timeouts for a busy machine. */
public final class TestSettings {
  private TestSettings() {}

  /** Reconnects after 20..200 ms; connect timeout 10 s (tests that need a timeout set one). */
  public static IbSettings fast(int port, int clientId) {
    return fast(port, clientId, 40);
  }

  public static IbSettings fast(int port, int clientId, int maxMessagesPerSecond) {
    return new IbSettings(
        "127.0.0.1",
        port,
        clientId,
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        176,
        maxMessagesPerSecond,
        0xFFFFFF,
        Duration.ofMillis(20),
        Duration.ofMillis(200));
  }

  /** A loopback port that was free a moment ago. */
  public static int freePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
