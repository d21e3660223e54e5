package dev.ibtrading.ingest.auth;

import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.api.client.json.webtoken.JsonWebToken;
import com.google.auth.oauth2.TokenVerifier;
import dev.ibtrading.ingest.IngestProperties;
import dev.ibtrading.trigger.RunKey;
import java.time.Clock;
import java.util.List;

/**
 * {@code ingest.auth=verify}: full Google ID-token verification for hosts without Cloud Run's IAM.
 * google-auth's {@link TokenVerifier} checks the signature (RS256/ES256, keys from the configured
 * JWKS URL), the audience and expiry; this class adds what it leaves out: a required {@code exp},
 * {@code iat} not in the future, the issuer list, the clock skew, and the email allow-list.
 */
public final class IdTokenAuthenticator implements PushAuthenticator {
  private final TokenVerifier verifier;
  private final List<String> issuers;
  private final long skewSeconds;
  private final Clock clock;
  private final PushAccountPolicy policy;

  public IdTokenAuthenticator(
      IngestProperties.Verify settings, PushAccountPolicy policy, Clock clock) {
    this.skewSeconds = settings.clockSkew().toSeconds();
    this.clock = clock;
    this.issuers = List.copyOf(settings.issuers());
    this.policy = policy;
    // The verifier's own expiry check has no skew: give it a clock running skew behind.
    long skewMillis = settings.clockSkew().toMillis();
    this.verifier =
        TokenVerifier.newBuilder()
            .setAudience(settings.audience())
            .setCertificatesLocation(settings.jwksUrl().toString())
            .setClock(() -> clock.millis() - skewMillis)
            .build();
  }

  @Override
  public AuthDecision authenticate(String bearerToken) {
    if (bearerToken == null) {
      return AuthDecision.unauthenticated("missing bearer token");
    }
    JsonWebSignature token;
    try {
      token = verifier.verify(bearerToken);
    } catch (TokenVerifier.VerificationException e) {
      // The library's messages name the failed check (audience, expiry, signature), not the token.
      return AuthDecision.unauthenticated("ID token refused: " + e.getMessage());
    } catch (RuntimeException e) {
      return AuthDecision.unauthenticated("ID token is malformed");
    }
    JsonWebToken.Payload payload = token.getPayload();
    long now = clock.millis() / 1000;
    if (payload.getExpirationTimeSeconds() == null) {
      return AuthDecision.unauthenticated("ID token has no exp claim");
    }
    Long issuedAt = payload.getIssuedAtTimeSeconds();
    if (issuedAt != null && issuedAt > now + skewSeconds) {
      return AuthDecision.unauthenticated(
          "ID token is issued in the future (iat " + issuedAt + ")");
    }
    String issuer = payload.getIssuer();
    if (issuer == null || !issuers.contains(issuer)) {
      return AuthDecision.unauthenticated(
          "ID token issuer '"
              + RunKey.printable(String.valueOf(issuer))
              + "' is not accepted (expected one of: "
              + String.join(", ", issuers)
              + ")");
    }
    Object email = payload.get("email");
    Object verified = payload.get("email_verified");
    return policy.check(
        new TokenClaims(email instanceof String s ? s : null, Boolean.TRUE.equals(verified)));
  }
}
