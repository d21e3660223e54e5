package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the actuator tells a caller without a token (issue 16, point 7): probes still get their
 * status, but readiness details (the account, the gateway's host and port) only with a token the
 * triggers would accept, and metrics only behind the triggers' authentication.
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
class ActuatorAccessHttpTests {
  private static final TestTokens TOKENS = TestTokens.generate("actuator-key");
  private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwks());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void jwksUrl(DynamicPropertyRegistry registry) {
    registry.add("ingest.verify.jwks-url", JWKS::url);
  }

  @AfterAll
  static void stopServer() {
    JWKS.close();
  }

  @LocalServerPort int port;

  private record Reply(int status, JsonNode body) {}

  private Reply get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), JSON.readTree(response.body()));
  }

  @Test
  void readinessShowsItsStatusToAllAndItsDetailsOnlyWithAValidToken() throws Exception {
    Reply anonymous = get("/actuator/health/readiness", null);
    Reply forged = get("/actuator/health/readiness", TestTokens.signatureRemoved(TOKENS.valid()));
    Reply authenticated = get("/actuator/health/readiness", TOKENS.valid());

    assertThat(anonymous.status()).isEqualTo(200);
    assertThat(anonymous.body().path("status").asString()).isEqualTo("UP");
    assertThat(anonymous.body().has("components")).as("details without a token").isFalse();
    assertThat(forged.status()).isEqualTo(200);
    assertThat(forged.body().has("components")).as("details with a forged token").isFalse();
    assertThat(authenticated.body().path("components").has("readinessState")).isTrue();
    assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
  }

  @Test
  void metricsNeedATokenTheTriggersWouldAccept() throws Exception {
    assertThat(get("/actuator/metrics", null).status()).isEqualTo(401);
    assertThat(get("/actuator/metrics/jvm.memory.used", null).status()).isEqualTo(401);
    assertThat(get("/actuator/metrics", TestTokens.signatureRemoved(TOKENS.valid())).status())
        .isEqualTo(401);

    Reply metrics = get("/actuator/metrics", TOKENS.valid());
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body().path("names").isArray()).isTrue();
    assertThat(get("/actuator/metrics/jvm.memory.used", TOKENS.valid()).status()).isEqualTo(200);
  }
}
