package dev.ibtrading.ingest.auth;

/**
 * {@code ingest.auth=cloud-run}: Cloud Run has verified the token and the invoker role before the
 * request got here, so only the identity is checked. Trusting the claims unverified is safe only
 * behind Cloud Run's IAM ({@code --no-allow-unauthenticated}).
 */
public final class CloudRunAuthenticator implements PushAuthenticator {
  private final PushAccountPolicy policy;

  public CloudRunAuthenticator(PushAccountPolicy policy) {
    this.policy = policy;
  }

  @Override
  public AuthDecision authenticate(String bearerToken) {
    if (bearerToken == null) {
      return AuthDecision.unauthenticated("missing bearer token");
    }
    TokenClaims claims;
    try {
      claims = TokenClaims.decodeUnverified(bearerToken);
    } catch (IllegalArgumentException e) {
      return AuthDecision.unauthenticated(e.getMessage());
    }
    return policy.check(claims);
  }
}
