package dev.ibtrading.ingest.auth;

/** How the push edge authenticates callers ({@code ingest.auth}). */
public enum AuthMode {
  /**
   * On Cloud Run with {@code --no-allow-unauthenticated} (the default): Cloud Run has verified the
   * ID token's signature, audience and the caller's invoker role, and removed the signature before
   * passing the token on. The edge decodes the token's claims without verifying them again and
   * requires {@code email} in {@code ingest.allowed-push-accounts} with {@code email_verified}.
   */
  CLOUD_RUN,
  /**
   * Anywhere else: full Google ID-token verification (signature against the JWKS at {@code
   * ingest.verify.jwks-url}, issuer, audience {@code ingest.verify.audience}, expiry), then the
   * same email checks.
   */
  VERIFY,
  /**
   * No authentication: only with the {@code local} profile, where the Pub/Sub emulator sends no
   * token. The worker refuses to start with it outside that profile or with {@code
   * trading.mode=live}.
   */
  NONE
}
