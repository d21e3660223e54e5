package dev.ibtrading.ingest.auth;

import dev.ibtrading.trigger.RunKey;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allow-list of push service accounts ({@code ingest.allowed-push-accounts}). Google's sample
 * advice: the token's email must be the push service account, and {@code email_verified} true.
 */
public final class PushAccountPolicy {
  private final Set<String> accounts;

  public PushAccountPolicy(List<String> accounts) {
    this.accounts =
        accounts.stream()
            .map(a -> a.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Allowed, or forbidden (403) with the reason: the token itself was valid. */
  AuthDecision check(TokenClaims claims) {
    if (claims.email() == null) {
      return AuthDecision.forbidden("token has no email claim (expected: a push service account)");
    }
    String shown = RunKey.printable(claims.email());
    if (!claims.emailVerified()) {
      return AuthDecision.forbidden(
          "token email '" + shown + "' is not verified (expected: email_verified true)");
    }
    if (!accounts.contains(claims.email().toLowerCase(Locale.ROOT))) {
      return AuthDecision.forbidden("token email '" + shown + "' is not an allowed push account");
    }
    return AuthDecision.allowed(claims.email());
  }
}
