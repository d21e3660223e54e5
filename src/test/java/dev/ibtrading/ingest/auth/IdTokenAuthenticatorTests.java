package dev.ibtrading.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestProperties;
import dev.ibtrading.ingest.JwksServer;
import dev.ibtrading.ingest.TestTokens;
import dev.ibtrading.ingest.auth.AuthDecision.Verdict;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code ingest.auth=verify} against keys served from a local JWKS endpoint. */
class IdTokenAuthenticatorTests {
  private static final TestTokens TOKENS = TestTokens.generate("test-key-1");
  private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwks());

  private final IdTokenAuthenticator authenticator =
      new IdTokenAuthenticator(
          new IngestProperties.Verify(
              TestTokens.AUDIENCE,
              URI.create(JWKS.url()),
              List.of(TestTokens.ISSUER, "accounts.google.com"),
              Duration.ofSeconds(60)),
          new PushAccountPolicy(List.of(TestTokens.PUSH_ACCOUNT.toUpperCase())),
          Clock.systemUTC());

  @AfterAll
  static void stopServer() {
    JWKS.close();
  }

  private AuthDecision authenticate(String token) {
    AuthDecision decision = authenticator.authenticate(token);
    if (token != null) {
      assertThat(decision.detail()).doesNotContain(token);
    }
    return decision;
  }

  @Test
  void aValidPushTokenPasses() {
    AuthDecision decision = authenticate(TOKENS.valid());

    assertThat(decision).isEqualTo(AuthDecision.allowed(TestTokens.PUSH_ACCOUNT));
  }

  @Test
  void keysAreFetchedOnceAndCached() {
    int before = JWKS.fetches();
    authenticate(TOKENS.valid());
    authenticate(TOKENS.valid());

    assertThat(JWKS.fetches() - before).isLessThanOrEqualTo(1);
    assertThat(JWKS.fetches()).isPositive();
  }

  @Test
  void anotherAcceptedIssuerPasses() {
    String token = TOKENS.sign(TOKENS.claims().withIssuer("accounts.google.com"));

    assertThat(authenticate(token).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void wrongAudienceIs401() {
    AuthDecision decision =
        authenticate(TOKENS.sign(TOKENS.claims().withAudience("https://elsewhere.test")));

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("audience");
  }

  @Test
  void wrongIssuerIs401() {
    AuthDecision decision =
        authenticate(TOKENS.sign(TOKENS.claims().withIssuer("https://evil.test")));

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail())
        .isEqualTo(
            "ID token issuer 'https://evil.test' is not accepted (expected one of:"
                + " https://accounts.google.com, accounts.google.com)");
  }

  @Test
  void expiredIs401() {
    Instant now = Instant.now();
    String token =
        TOKENS.sign(TOKENS.claims().withTimes(now.minusSeconds(3600), now.minusSeconds(300)));

    AuthDecision decision = authenticate(token);

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("expired");
  }

  @Test
  void justExpiredWithinTheClockSkewPasses() {
    Instant now = Instant.now();
    String token =
        TOKENS.sign(TOKENS.claims().withTimes(now.minusSeconds(3600), now.minusSeconds(20)));

    assertThat(authenticate(token).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void issuedInTheFutureIs401() {
    Instant now = Instant.now();
    String token =
        TOKENS.sign(TOKENS.claims().withTimes(now.plusSeconds(600), now.plusSeconds(4200)));

    AuthDecision decision = authenticate(token);

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("issued in the future");
  }

  @Test
  void anotherAccountIs403() {
    AuthDecision decision =
        authenticate(TOKENS.sign(TOKENS.claims().withEmail("intruder@other.iam.test")));

    assertThat(decision)
        .isEqualTo(
            AuthDecision.forbidden(
                "token email 'intruder@other.iam.test' is not an allowed push account"));
  }

  @Test
  void unverifiedEmailIs403() {
    AuthDecision decision = authenticate(TOKENS.sign(TOKENS.claims().withEmailVerified(false)));

    assertThat(decision.verdict()).isEqualTo(Verdict.FORBIDDEN);
    assertThat(decision.detail()).contains("is not verified");
  }

  @Test
  void noEmailIs403() {
    AuthDecision decision = authenticate(TOKENS.sign(TOKENS.claims().withEmail(null)));

    assertThat(decision.verdict()).isEqualTo(Verdict.FORBIDDEN);
    assertThat(decision.detail()).contains("no email claim");
  }

  @Test
  void aTokenSignedByAnotherKeyWithTheSameKeyIdIs401() {
    String forged = TestTokens.generate("test-key-1").valid();

    AuthDecision decision = authenticate(forged);

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("signature");
  }

  @Test
  void aTamperedPayloadIs401() {
    String[] parts = TOKENS.sign(TOKENS.claims().withEmail("intruder@other.test")).split("\\.");
    String goodPayload = TOKENS.valid().split("\\.")[1];
    String tampered = parts[0] + "." + goodPayload + "." + parts[2];

    assertThat(authenticate(tampered).verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
  }

  @Test
  void anUnknownKeyIdIs401() {
    AuthDecision decision = authenticate(TestTokens.generate("other-key").valid());

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("other-key");
  }

  @Test
  void aTokenWhoseSignatureCloudRunRemovedIs401() {
    String stripped = TestTokens.signatureRemoved(TOKENS.valid());

    assertThat(authenticate(stripped).verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
  }

  @Test
  void anUnsignedAlgNoneTokenIs401() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"alg\":\"none\",\"kid\":\"test-key-1\"}".getBytes());
    String payload = TOKENS.valid().split("\\.")[1];

    AuthDecision decision = authenticate(header + "." + payload + ".");

    assertThat(decision.verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(decision.detail()).contains("algorithm");
  }

  @Test
  void garbageIs401() {
    assertThat(authenticate("not-a-jwt").verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    assertThat(authenticate("a.b.c").verdict()).isEqualTo(Verdict.UNAUTHENTICATED);
    String notJson = Base64.getUrlEncoder().encodeToString("x".getBytes(StandardCharsets.UTF_8));
    assertThat(authenticate(notJson + "." + notJson + "." + notJson).verdict())
        .isEqualTo(Verdict.UNAUTHENTICATED);
  }

  @Test
  void noTokenIs401() {
    assertThat(authenticate(null)).isEqualTo(AuthDecision.unauthenticated("missing bearer token"));
  }
}
