package dev.ibtrading.ingest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code ingest.auth=cloud-run}: Cloud Run has verified the token and the invoker role before the
 * request got here, so only the identity is checked; but only on proof that it did. The worker must
 * run on Cloud Run ({@code K_SERVICE} set, which Cloud Run sets in every container it starts), and
 * the token must be in the form Cloud Run passes on ({@link CloudRunToken}: signature removed,
 * RS256, not expired). Anything else is refused with 401 and a reason that says to use {@code
 * verify}: a token a client made up itself (alg none, a fake signature, any audience, long expired)
 * never reaches the allow-list.
 *
 * <p>What no check here can see: a service deployed with {@code --allow-unauthenticated}, where
 * Cloud Run passes every header on unchecked, so a made-up token in Cloud Run's form would pass.
 * Deploy with {@code --no-allow-unauthenticated}, or use {@code verify}.
 */
public final class CloudRunAuthenticator implements PushAuthenticator {
  /** How far the clocks may disagree on a token's expiry. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  static final String USE_VERIFY =
      "; if the worker is not behind Cloud Run's IAM, set ingest.auth=verify";

  private final PushAccountPolicy policy;
  private final String cloudRunService;
  private final Clock clock;

  /**
   * @param cloudRunService the {@code K_SERVICE} environment variable, null when not on Cloud Run
   */
  public CloudRunAuthenticator(PushAccountPolicy policy, String cloudRunService, Clock clock) {
    this.policy = policy;
    this.cloudRunService =
        cloudRunService == null || cloudRunService.isBlank() ? null : cloudRunService;
    this.clock = clock;
  }

  /** Whether the worker runs on Cloud Run, as far as its environment says. */
  public boolean onCloudRun() {
    return cloudRunService != null;
  }

  @Override
  public AuthDecision authenticate(String bearerToken) {
    if (cloudRunService == null) {
      return AuthDecision.unauthenticated(
          "ingest.auth=cloud-run but not on Cloud Run (K_SERVICE is not set)" + USE_VERIFY);
    }
    if (bearerToken == null) {
      return AuthDecision.unauthenticated("missing bearer token");
    }
    CloudRunToken token;
    try {
      token = CloudRunToken.read(bearerToken);
    } catch (IllegalArgumentException e) {
      return AuthDecision.unauthenticated(e.getMessage());
    }
    if (!token.vouchedByCloudRun()) {
      return AuthDecision.unauthenticated(
          "token is not one Cloud Run verified (expected: alg "
              + CloudRunToken.GOOGLE_ALGORITHM
              + " and the signature replaced by "
              + CloudRunToken.SIGNATURE_REMOVED
              + ")"
              + USE_VERIFY);
    }
    Instant now = clock.instant();
    if (token.expiresAt() == null || token.expiresAt().isBefore(now.minus(CLOCK_SKEW))) {
      return AuthDecision.unauthenticated(
          "token has no exp claim or expired (Cloud Run passes on unexpired tokens only)"
              + USE_VERIFY);
    }
    return policy.check(token.claims());
  }
}
