package dev.ibtrading.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bearer token in the form Cloud Run passes on a request whose ID token it verified: the token's
 * header and claims as they were, its signature replaced by {@value #SIGNATURE_REMOVED}, so that
 * the token cannot be replayed. Source: Google's Cloud Run troubleshooting page,
 * https://cloud.google.com/run/docs/troubleshooting#signature-removed (quoted by the apigee
 * registry README and einride's iam-go, whose {@code IsSignatureRemoved} checks that suffix). A
 * token in any other form did not pass Cloud Run's check, whatever its claims say.
 *
 * @param algorithm the header's {@code alg}; Google signs ID tokens with RS256
 * @param signature the third part of the token
 * @param expiresAt the {@code exp} claim, or null when missing or not a number
 * @param claims the identity claims
 */
record CloudRunToken(String algorithm, String signature, Instant expiresAt, TokenClaims claims) {
  /** What Cloud Run puts in place of the signature of a token it verified. */
  static final String SIGNATURE_REMOVED = "SIGNATURE_REMOVED_BY_GOOGLE";

  /** Google's ID-token signing algorithm. */
  static final String GOOGLE_ALGORITHM = "RS256";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Reads a token without verifying it.
   *
   * @throws IllegalArgumentException if it is not a JWT with JSON object header and payload; the
   *     message never contains the token
   */
  static CloudRunToken read(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "token is not a JWT (expected: 3 dot-separated parts, actual: " + parts.length + ")");
    }
    JsonNode header = object(parts[0], "header");
    JsonNode payload = object(parts[1], "payload");
    JsonNode alg = header.get("alg");
    JsonNode exp = payload.get("exp");
    return new CloudRunToken(
        alg != null && alg.isString() ? alg.stringValue() : null,
        parts[2],
        exp != null && exp.isIntegralNumber() && exp.canConvertToLong()
            ? Instant.ofEpochSecond(
                Math.max(0, Math.min(exp.longValue(), Instant.MAX.getEpochSecond())))
            : null,
        TokenClaims.decodeUnverified(jwt));
  }

  /** Whether Cloud Run vouched for the token: its signature removed, Google's algorithm. */
  boolean vouchedByCloudRun() {
    return SIGNATURE_REMOVED.equals(signature) && GOOGLE_ALGORITHM.equals(algorithm);
  }

  private static JsonNode object(String part, String what) {
    JsonNode node;
    try {
      node = JSON.readTree(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JacksonException e) {
      throw new IllegalArgumentException("token " + what + " is not base64url JSON");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("token " + what + " is not a JSON object");
    }
    return node;
  }
}
