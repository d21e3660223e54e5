package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slow clients never make liveness or a trigger wait (issue 16, point 4): 500 connections on
 * loopback that announce a 1000-byte body, send one byte and stall held a Tomcat thread each for 60
 * s after their 401 (Tomcat swallows an unread body before the next request on the connection), so
 * that a liveness probe and an authenticated trigger queued behind them. The assertion is only that
 * both answer within a generous patience, not how fast.
 */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ingest.auth=verify",
      "ingest.verify.audience=" + TestTokens.AUDIENCE,
      "ingest.allowed-push-accounts=" + TestTokens.PUSH_ACCOUNT,
      "management.endpoint.health.validate-group-membership=false"
    })
class SlowClientsHttpTests {
  private static final int SLOW_CLIENTS = 500;
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final TestTokens TOKENS = TestTokens.generate("slow-key");
  private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwks());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @DynamicPropertySource
  static void jwksUrl(DynamicPropertyRegistry registry) {
    registry.add("ingest.verify.jwks-url", JWKS::url);
  }

  @AfterAll
  static void stopServer() {
    JWKS.close();
  }

  @LocalServerPort int port;
  private final List<Socket> slow = new ArrayList<>();

  @AfterEach
  void closeSlowClients() {
    for (Socket socket : slow) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }

  /** Opens a connection that sends its headers and 1 of 1000 body bytes, then nothing. */
  private void stall(String path) throws IOException {
    stall(path, "{");
  }

  /** Opens a connection that sends its headers and {@code body} of 1000 bytes, then nothing. */
  private void stall(String path, String body) throws IOException {
    Socket socket = new Socket();
    slow.add(socket);
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n"
                + body)
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
    return HTTP.sendAsync(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void livenessAndATriggerAnswerBesideFiveHundredStalledBodies() throws Exception {
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      // a third send no body byte at all: Tomcat then waits for one until the connection timeout
      stall(i % 2 == 0 ? "/allocation" : "/risk-check", i % 3 == 0 ? "" : "{");
    }
    Thread.sleep(1_000); // let them reach the server and take what they take

    CompletableFuture<HttpResponse<String>> liveness =
        send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                .GET());
    CompletableFuture<HttpResponse<String>> trigger =
        send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/risk-check"))
                .header("Authorization", "Bearer " + TOKENS.valid())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Envelopes.full("{}", "{}"))));

    assertThat(liveness.get(PATIENCE.toSeconds() + 5, TimeUnit.SECONDS).statusCode())
        .isEqualTo(200);
    HttpResponse<String> answer = trigger.get(PATIENCE.toSeconds() + 5, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /**
   * A stalled body is not swallowed after an early answer, yet that answer still reaches the client
   * whole, whoever writes it: the auth filter (401), Spring's error page (404, 405).
   */
  @Test
  void earlyAnswersToStalledBodiesReachTheClient() throws Exception {
    for (String[] expected :
        new String[][] {
          {"/allocation", "HTTP/1.1 401 ", "\"status\":\"unauthenticated\""},
          {"/no-such-path", "HTTP/1.1 40", "}"},
          {"/actuator/health/liveness", "HTTP/1.1 405 ", "}"}
        }) {
      stall(expected[0]);
      Socket socket = slow.get(slow.size() - 1);
      socket.setSoTimeout((int) PATIENCE.toMillis());
      String answer;
      try {
        answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(expected[0] + ": no answer within the patience: " + e, e);
      }
      assertThat(answer).as(expected[0]).startsWith(expected[1]).contains(expected[2]);
    }
  }
}
