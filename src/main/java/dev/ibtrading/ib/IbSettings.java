package dev.ibtrading.ib;

import java.time.Duration;

/**
 * How the client reaches and talks to a gateway. Built from {@code ib.*} properties by the Spring
 * configuration, or directly in tests.
 *
 * @param host gateway host, normally 127.0.0.1 (same container)
 * @param port API port: 4002 paper, 4001 live for IB Gateway
 * @param clientId the API client id; two sessions with one id are refused (326)
 * @param connectTimeout for the TCP connect, the handshake, and the first order id and accounts
 * @param requestTimeout default timeout of a request without one of its own
 * @param maxServerVersion the top of the version range advertised in the handshake
 * @param maxMessagesPerSecond outgoing rate limit, below the gateway's 50/s
 * @param maxFrameLength largest incoming frame accepted
 * @param reconnectMinDelay first delay before reconnecting after a loss
 * @param reconnectMaxDelay cap of the exponential backoff
 */
public record IbSettings(
    String host,
    int port,
    int clientId,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxServerVersion,
    int maxMessagesPerSecond,
    int maxFrameLength,
    Duration reconnectMinDelay,
    Duration reconnectMaxDelay) {

  /** Sensible settings for a gateway at host:port; tests start from these. */
  public static IbSettings defaults(String host, int port, int clientId) {
    return new IbSettings(
        host,
        port,
        clientId,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        176,
        40,
        0xFFFFFF,
        Duration.ofMillis(500),
        Duration.ofSeconds(30));
  }

  public String address() {
    return host + ":" + port;
  }

  public IbSettings withConnectTimeout(Duration timeout) {
    return new IbSettings(
        host,
        port,
        clientId,
        timeout,
        requestTimeout,
        maxServerVersion,
        maxMessagesPerSecond,
        maxFrameLength,
        reconnectMinDelay,
        reconnectMaxDelay);
  }

  public IbSettings withClientId(int id) {
    return new IbSettings(
        host,
        port,
        id,
        connectTimeout,
        requestTimeout,
        maxServerVersion,
        maxMessagesPerSecond,
        maxFrameLength,
        reconnectMinDelay,
        reconnectMaxDelay);
  }
}
