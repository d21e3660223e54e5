package dev.ibtrading.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.TestTokens;
import dev.ibtrading.ingest.auth.AuthDecision.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ingest.auth=cloud-run}: identity checks on tokens Cloud Run verified already. */
class CloudRunAuthenticatorTests {
  private static final TestTokens TOKENS = TestTokens.generate("k1");

  private final CloudRunAuthenticator authenticator =
      new CloudRunAuthenticator(
          new PushAccountPolicy(List.of(" " + TestTokens.PUSH_ACCOUNT, "scheduler@p.iam.test")));

  @Test
  void thePushAccountPassesWithTheSignatureRemoved() {
    AuthDecision decision = authenticator.authenticate(TestTokens.signatureRemoved(TOKENS.valid()));

    assertThat(decision).isEqualTo(AuthDecision.allowed(TestTokens.PUSH_ACCOUNT));
  }

  @Test
  void everyListedAccountPasses() {
    String token = TOKENS.sign(TOKENS.claims().withEmail("Scheduler@P.iam.test"));

    assertThat(authenticator.authenticate(token).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void anotherAccountIs403() {
    String token = TOKENS.sign(TOKENS.claims().withEmail("someone@example.test"));

    assertThat(authenticator.authenticate(token))
        .isEqualTo(
            AuthDecision.forbidden(
                "token email 'someone@example.test' is not an allowed push account"));
  }

  @Test
  void unverifiedEmailIs403() {
    String token = TOKENS.sign(TOKENS.claims().withEmailVerified(false));

    assertThat(authenticator.authenticate(token).verdict()).isEqualTo(Verdict.FORBIDDEN);
  }

  @Test
  void emailVerifiedAsAStringIsNotTrue() {
    String payload = "{\"email\":\"" + TestTokens.PUSH_ACCOUNT + "\",\"email_verified\":\"true\"}";

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

  private static String jwt(String payloadJson) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
        + ".SIGNATURE_REMOVED_BY_GOOGLE";
  }
}
