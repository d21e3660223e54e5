package dev.ibtrading.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.TestTokens;
import dev.ibtrading.ingest.auth.AuthDecision.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ingest.auth=cloud-run}: identity checks on tokens Cloud Run verified already, and only on
 * those: the forged forms of issue 16 (alg none, a fake signature, a wrong audience, {@code exp=1})
 * and any token off Cloud Run are 401.
 */
class CloudRunAuthenticatorTests {
  private static final TestTokens TOKENS = TestTokens.generate("k1");

  private static final PushAccountPolicy POLICY =
      new PushAccountPolicy(List.of(" " + TestTokens.PUSH_ACCOUNT, "scheduler@p.iam.test"));
  private final CloudRunAuthenticator authenticator =
      new CloudRunAuthenticator(POLICY, "ib-paper", Clock.systemUTC());

  @Test
  void thePushAccountPassesWithTheSignatureRemoved() {
    AuthDecision decision = authenticator.authenticate(TestTokens.signatureRemoved(TOKENS.valid()));

    assertThat(decision).isEqualTo(AuthDecision.allowed(TestTokens.PUSH_ACCOUNT));
  }

  @Test
  void everyListedAccountPasses() {
    String token =
        TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmail("Scheduler@P.iam.test")));

    assertThat(authenticator.authenticate(token).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void anotherAccountIs403() {
    String token =
        TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmail("someone@example.test")));

    assertThat(authenticator.authenticate(token))
        .isEqualTo(
            AuthDecision.forbidden(
                "token email 'someone@example.test' is not an allowed push account"));
  }

  @Test
  void unverifiedEmailIs403() {
    String token =
        TestTokens.signatureRemoved(TOKENS.sign(TOKENS.claims().withEmailVerified(false)));

    assertThat(authenticator.authenticate(token).verdict()).isEqualTo(Verdict.FORBIDDEN);
  }

  @Test
  void emailVerifiedAsAStringIsNotTrue() {
    String payload =
        "{\"email\":\""
            + TestTokens.PUSH_ACCOUNT
            + "\",\"email_verified\":\"true\",\"exp\":"
            + inAnHour()
            + "}";

    AuthDecision decision = authenticator.authenticate(jwt(payload));

    assertThat(decision.verdict()).isEqualTo(Verdict.FORBIDDEN);
  }

  @Test
  void missingTokenIs401() {
    assertThat(authenticator.authenticate(null).verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
  }

  @Test
  void malformedTokensAre401WithoutEchoingThem() {
    for (String token : List.of("opaque-access-token", "a.b", "a.!!!.c", jwt("[1,2]"), jwt("x"))) {
      AuthDecision decision = authenticator.authenticate(token);

      assertThat(decision.verdict()).as(token).isEqualTo(Verdict.UNAUTHENTICATED);
      assertThat(decision.detail()).doesNotContain(token);
    }
  }

  private static long inAnHour() {
    return Instant.now().getEpochSecond() + 3600;
  }

  private static String jwt(String payloadJson) {
    return jwt("{\"alg\":\"RS256\"}", payloadJson, "SIGNATURE_REMOVED_BY_GOOGLE");
  }

  private static String jwt(String headerJson, String payloadJson, String signature) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + "."
        + signature;
  }

  private static String allowedClaims(long exp) {
    return "{\"email\":\""
        + TestTokens.PUSH_ACCOUNT
        + "\",\"email_verified\":true,\"aud\":\"https://elsewhere.test\",\"exp\":"
        + exp
        + "}";
  }

  /** The forged tokens of issue 16, all with the allowed email, all accepted before. */
  @Test
  void forgedTokensAre401AndSayToUseVerify() {
    TestTokens stranger = TestTokens.generate("not-google");
    String wrongAudience =
        stranger.sign(stranger.claims().withAudience("https://attacker.test/push"));
    for (String forged :
        List.of(
            jwt("{\"alg\":\"none\"}", allowedClaims(inAnHour()), ""),
            jwt("{\"alg\":\"none\"}", allowedClaims(inAnHour()), "SIGNATURE_REMOVED_BY_GOOGLE"),
            jwt("{\"alg\":\"RS256\"}", allowedClaims(inAnHour()), "ZmFrZS1zaWduYXR1cmU"),
            wrongAudience,
            jwt("{\"alg\":\"RS256\"}", allowedClaims(1), "SIGNATURE_REMOVED_BY_GOOGLE"),
            jwt(
                "{\"alg\":\"RS256\"}",
                allowedClaims(inAnHour()).replace(",\"exp\":", ",\"x\":"),
                "SIGNATURE_REMOVED_BY_GOOGLE"))) {
      AuthDecision decision = authenticator.authenticate(forged);

      assertThat(decision.verdict()).as(forged).isEqualTo(Verdict.UNAUTHENTICATED);
      assertThat(decision.detail())
          .as(forged)
          .contains("ingest.auth=verify")
          .doesNotContain(forged);
    }
  }

  @Test
  void offCloudRunEvenAPerfectTokenIs401() {
    CloudRunAuthenticator offCloudRun = new CloudRunAuthenticator(POLICY, null, Clock.systemUTC());

    AuthDecision decision = offCloudRun.authenticate(TestTokens.signatureRemoved(TOKENS.valid()));

    assertThat(offCloudRun.onCloudRun()).isFalse();
    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("K_SERVICE is not set").contains("ingest.auth=verify");
  }
}
