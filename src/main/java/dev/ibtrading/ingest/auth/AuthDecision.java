package dev.ibtrading.ingest.auth;

/**
 * A {@link PushAuthenticator}'s verdict on one request.
 *
 * @param verdict allowed, unauthenticated (401) or forbidden (403)
 * @param detail the caller's identity when allowed, else why not; never contains the token
 */
public record AuthDecision(Verdict verdict, String detail) {

  public enum Verdict {
    /** Pass the request on. */
    ALLOWED,
    /** 401: no token, or a token that is malformed, expired or not validly signed. */
    UNAUTHENTICATED,
    /** 403: a valid token for an identity that may not trigger runs. */
    FORBIDDEN
  }

  static AuthDecision allowed(String identity) {
    return new AuthDecision(Verdict.ALLOWED, identity);
  }

  static AuthDecision unauthenticated(String reason) {
    return new AuthDecision(Verdict.UNAUTHENTICATED, reason);
  }

  static AuthDecision forbidden(String reason) {
    return new AuthDecision(Verdict.FORBIDDEN, reason);
  }
}
