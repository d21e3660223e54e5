package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.ingest.auth.PushAuthenticationFilter;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Trigger;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The auth filter over HTTP in {@code verify} mode, keys from a local JWKS endpoint. */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ingest.auth=verify",
      "ingest.verify.audience=" + TestTokens.AUDIENCE,
      "ingest.allowed-push-accounts=" + TestTokens.PUSH_ACCOUNT,
      "management.endpoint.health.validate-group-membership=false"
    })
class PushAuthenticationHttpTests {
  private static final TestTokens TOKENS = TestTokens.generate("http-key");
  private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwks());
  private static final String BODY = Envelopes.full("{}", "{}");

  @DynamicPropertySource
  static void jwksUrl(DynamicPropertyRegistry registry) {
    registry.add("ingest.verify.jwks-url", JWKS::url);
  }

  @AfterAll
  static void stopServer() {
    JWKS.close();
  }

  @LocalServerPort int port;
  @Autowired RecordingTriggerHandler handler;
  IngestHttp http;

  @BeforeEach
  void setUp() {
    handler.reset();
    http = new IngestHttp(port);
  }

  private Answer post(String... headers) {
    return http.postJson("/risk-check", BODY, headers);
  }

  @Test
  void aValidTokenReachesTheHandler() {
    Answer answer = post("Authorization", "Bearer " + TOKENS.valid());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(handler.only()).isInstanceOf(Trigger.class);
    assertThat(answer.runId()).isEqualTo("risk-check:" + Envelopes.MESSAGE_ID);
  }

  @Test
  void noTokenIs401AsJson() {
    Answer answer = post();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.runId()).matches("gen:[0-9a-f]{24}");
    assertThat(answer.body().path("status").asString()).isEqualTo("unauthenticated");
    assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void aNonBearerSchemeIs401() {
    assertThat(post("Authorization", "Basic dXNlcjpwYXNz").status()).isEqualTo(401);
  }

  @Test
  void expiredIs401AndNeitherAnswerNorLogShowTheToken() {
    Instant now = Instant.now();
    String token =
        TOKENS.sign(TOKENS.claims().withTimes(now.minusSeconds(7200), now.minusSeconds(3600)));

    Answer answer;
    try (LogCapture log = LogCapture.of(PushAuthenticationFilter.class)) {
      answer = post("Authorization", "Bearer " + token);

      assertThat(log.count(Level.WARN, "expired")).isEqualTo(1);
      assertThat(log.messages(Level.WARN)).noneMatch(m -> m.contains(token));
    }
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.raw().body()).doesNotContain(token).doesNotContain(token.split("\\.")[1]);
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void aValidTokenOfAnotherAccountIs403() {
    Answer answer =
        post("Authorization", "Bearer " + TOKENS.sign(TOKENS.claims().withEmail("x@y.test")));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().path("status").asString()).isEqualTo("forbidden");
    assertThat(answer.runId()).startsWith("gen:");
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void theServerlessHeaderWinsOverAuthorization() {
    assertThat(
            post(
                    "X-Serverless-Authorization",
                    "Bearer garbage",
                    "Authorization",
                    "Bearer " + TOKENS.valid())
                .status())
        .isEqualTo(401);
    assertThat(
            post(
                    "X-Serverless-Authorization",
                    "Bearer " + TOKENS.valid(),
                    "Authorization",
                    "Bearer garbage")
                .status())
        .isEqualTo(200);
  }

  @Test
  void everyTriggerEndpointAndGetSummaryIsProtected() {
    for (Intent intent : Intent.values()) {
      assertThat(http.postJson(intent.path(), BODY).status()).as(intent.path()).isEqualTo(401);
    }
    assertThat(http.get("/summary").status()).isEqualTo(401);
    assertThat(http.get("/summary", "Authorization", "Bearer " + TOKENS.valid()).status())
        .isEqualTo(200);
  }

  @Test
  void healthStaysOpen() {
    assertThat(http.status("/actuator/health/liveness")).isEqualTo(200);
    assertThat(http.status("/actuator/health")).isIn(200, 503);
  }
}
