package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.ibtrading.ingest.auth.PushAuthenticationFilter;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.trigger.Intent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The default mode, {@code cloud-run}, over HTTP: tokens arrive with their signature removed. */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "K_SERVICE=ib-test",
      "ingest.allowed-push-accounts=other@p.iam.test," + TestTokens.PUSH_ACCOUNT,
      "management.endpoint.health.validate-group-membership=false"
    })
class CloudRunAuthenticationHttpTests extends EdgeHttpTestSupport {
  private static final TestTokens TOKENS = TestTokens.generate("cloud-run-key");
  private static final String BODY = Envelopes.full("{}", "{}");

  @Test
  void thePushAccountsTokenPasses() {
    String token = TestTokens.signatureRemoved(TOKENS.valid());

    assertThat(http.postJson("/eod-check", BODY, "Authorization", "Bearer " + token).status())
        .isEqualTo(200);
    assertThat(handler.only().intent()).isEqualTo(Intent.EOD_CHECK);
  }

  @Test
  void anotherAccountIs403() {
    String token =
        TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmail("invoker@p.iam.test")));

    assertThat(http.postJson("/eod-check", BODY, "Authorization", "Bearer " + token).status())
        .isEqualTo(403);
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void unverifiedEmailIs403() {
    String token =
        TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmailVerified(false)));

    assertThat(http.postJson("/eod-check", BODY, "Authorization", "Bearer " + token).status())
        .isEqualTo(403);
  }

  @Test
  void noTokenIs401() {
    assertThat(http.postJson("/eod-check", BODY).status()).isEqualTo(401);
    assertThat(handler.received()).isEmpty();
  }

  @Test
  void healthStaysOpen() {
    assertThat(http.status("/actuator/health/liveness")).isEqualTo(200);
  }

  /** A token the caller signed itself, for the allowed account: 401, and the log says why. */
  @Test
  void aTokenCloudRunDidNotVerifyIs401AndTheLogSaysToUseVerify() {
    String forged = TOKENS.valid();
    java.util.List<String> refusals;
    try (LogCapture log = LogCapture.of(PushAuthenticationFilter.class)) {
      assertThat(http.postJson("/eod-check", BODY, "Authorization", "Bearer " + forged).status())
          .isEqualTo(401);
      refusals = log.messages(Level.WARN);
    }

    assertThat(handler.received()).isEmpty();
    assertThat(refusals).singleElement().asString().contains("set ingest.auth=verify");
    assertThat(refusals.get(0)).doesNotContain(forged);
  }
}
