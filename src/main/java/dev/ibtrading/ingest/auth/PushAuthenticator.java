package dev.ibtrading.ingest.auth;

/**
 * Decides whether a request's bearer token may trigger runs. Implementations never log or return
 * the token itself.
 */
public interface PushAuthenticator {

  /**
   * @param bearerToken the token from the request, null if it carried none
   */
  AuthDecision authenticate(String bearerToken);

  /** {@code ingest.auth=none}: everyone may. */
  static PushAuthenticator allowAll() {
    return token -> AuthDecision.allowed("anonymous");
  }
}
