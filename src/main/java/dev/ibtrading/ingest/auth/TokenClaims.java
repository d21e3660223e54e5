package dev.ibtrading.ingest.auth;

import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity claims of a Google ID token that the allow-list checks.
 *
 * @param email the token's {@code email} claim (the push service account), or null
 * @param emailVerified true only if the {@code email_verified} claim is the JSON boolean true
 */
record TokenClaims(String email, boolean emailVerified) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Reads the claims of a JWT without verifying it: for tokens Cloud Run has verified already (and
   * whose signature it replaced).
   *
   * @throws IllegalArgumentException if the token is not a JWT with a JSON object payload; the
   *     message never contains the token
   */
  static TokenClaims decodeUnverified(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "token is not a JWT (expected: 3 dot-separated parts, actual: " + parts.length + ")");
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IllegalArgumentException | JacksonException e) {
      throw new IllegalArgumentException("token payload is not base64url JSON");
    }
    if (payload == null || !payload.isObject()) {
      throw new IllegalArgumentException("token payload is not a JSON object");
    }
    JsonNode email = payload.get("email");
    JsonNode verified = payload.get("email_verified");
    return new TokenClaims(
        email != null && email.isString() ? email.stringValue() : null,
        verified != null && verified.isBoolean() && verified.booleanValue());
  }
}
