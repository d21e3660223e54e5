package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.ib.IbClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole worker in the local profile: embedded paper gateway, HTTP probes, the Broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class EmbeddedPaperGatewayApplicationTests {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int httpPort;
  @Autowired PaperGateway gateway;
  @Autowired IbClient client;
  @Autowired Broker broker;

  @Test
  void readinessBecomesUpOnceTheClientIsConnected() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("/actuator/health/readiness").statusCode() == 200);

    JsonNode readiness = JSON.readTree(get("/actuator/health/readiness").body());
    assertThat(readiness.path("status").asString()).isEqualTo("UP");
    JsonNode details = readiness.path("components").path("gateway").path("details");
    assertThat(details.path("state").asString()).isEqualTo("CONNECTED");
    assertThat(details.path("gateway").asString()).isEqualTo("127.0.0.1:" + gateway.port());
    assertThat(details.path("account").asString()).isEqualTo("DU0000001");
  }

  @Test
  void livenessIsUpAndDoesNotIncludeTheGateway() {
    HttpResponse<String> response = get("/actuator/health/liveness");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode liveness = JSON.readTree(response.body());
    assertThat(liveness.path("status").asString()).isEqualTo("UP");
    assertThat(response.body()).doesNotContain("gateway");
  }

  @Test
  void onlyHealthAndInfoAreExposed() {
    assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
  }

  @Test
  void theClientUsesTheEmbeddedGatewaysChosenPort() {
    assertThat(gateway.config().host()).isEqualTo("127.0.0.1");
    assertThat(gateway.config().alwaysOpen()).isTrue();
    assertThat(client.settings().port()).isEqualTo(gateway.port());
  }

  @Test
  void brokerAnswersTheCurrentTime() {
    await().atMost(Duration.ofSeconds(30)).until(() -> broker.connectionState().acceptsRequests());

    assertThat(broker.currentTime()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    assertThat(broker.account()).isEqualTo("DU0000001");
  }

  private HttpResponse<String> get(String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    }
  }
}
