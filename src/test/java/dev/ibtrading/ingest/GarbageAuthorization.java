package dev.ibtrading.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Authorization headers that must never let a push through: missing, other schemes, random text,
 * dot-separated base64url junk, JWTs whose payload is no claims object (deeply nested included),
 * tokens signed by another key or by none, expired, for another audience, and a garbage {@code
 * X-Serverless-Authorization} next to a valid token. Headers stay under Tomcat's 8 KB limit.
 */
final class GarbageAuthorization {
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final String NOT_ALLOWED = "intruder@evil.iam.test";

  private final Random random;
  private final TestTokens ours;
  private final TestTokens stranger;
  private final boolean claimsTrusted;

  /**
   * @param ours the tokens the worker's JWKS publishes
   * @param stranger tokens of a key the worker does not know
   * @param claimsTrusted {@code cloud-run} mode: the signature is not checked, so the claims never
   *     name an allowed, verified account
   */
  GarbageAuthorization(Random random, TestTokens ours, TestTokens stranger, boolean claimsTrusted) {
    this.random = random;
    this.ours = ours;
    this.stranger = stranger;
    this.claimsTrusted = claimsTrusted;
  }

  /** Request headers as name, value pairs; possibly none. */
  String[] next() {
    return switch (random.nextInt(10)) {
      case 0 -> new String[0];
      case 1 ->
          authorization(
              List.of(
                      "",
                      "Bearer",
                      "Bearer  ",
                      "bearer",
                      "Basic dXNlcjpwYXNz",
                      "Token abc",
                      "Bearer a b")
                  .get(random.nextInt(7)));
      case 2 -> authorization(printable(1 + random.nextInt(3000)));
      case 3 -> authorization("Bearer " + printable(1 + random.nextInt(3000)));
      case 4 -> authorization("Bearer " + junkParts());
      case 5 -> authorization("Bearer " + jwt(header(), payloadOfWrongShape(), "sig"));
      case 6 -> authorization("Bearer " + jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}", claims(), ""));
      case 7 -> authorization("Bearer " + refusedSignedToken());
      case 8 ->
          new String[] {
            "X-Serverless-Authorization", "Bearer " + printable(1 + random.nextInt(500)),
            "Authorization", "Bearer " + ours.valid()
          };
      default -> authorization("Bearer " + jwt(header(), claims(), printable(random.nextInt(400))));
    };
  }

  private String refusedSignedToken() {
    Instant now = Instant.now();
    // Cloud Run checked signature, audience and expiry already: only the identity can be wrong.
    TestTokens.Claims claims = claimsTrusted ? ours.claims().withEmail(NOT_ALLOWED) : ours.claims();
    return switch (random.nextInt(4)) {
      case 0 -> stranger.sign(claims);
      case 1 -> ours.sign(claims.withTimes(now.minusSeconds(7200), now.minusSeconds(3600)));
      case 2 -> ours.sign(claims.withAudience("https://elsewhere.test"));
      default -> ours.sign(claims.withEmailVerified(false));
    };
  }

  private String claims() {
    String email = claimsTrusted ? NOT_ALLOWED : TestTokens.PUSH_ACCOUNT;
    long now = Instant.now().getEpochSecond();
    return "{\"iss\":\"%s\",\"aud\":\"%s\",\"email\":\"%s\",\"email_verified\":true,\"iat\":%d,\"exp\":%d}"
        .formatted(TestTokens.ISSUER, TestTokens.AUDIENCE, email, now, now + 3600);
  }

  private String header() {
    return random.nextBoolean()
        ? "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + printable(8) + "\"}"
        : List.of("[]", "null", "{\"alg\":42}", "{\"alg\":\"HS256\"}", "\"x\"")
            .get(random.nextInt(5));
  }

  private String payloadOfWrongShape() {
    return switch (random.nextInt(5)) {
      case 0 -> "[" + claims() + "]";
      case 1 -> List.of("null", "42", "true", "\"email\"", "").get(random.nextInt(5));
      case 2 -> "{\"email\":" + List.of("42", "[\"a\"]", "{}", "null").get(random.nextInt(4)) + "}";
      case 3 -> "[".repeat(2_000 + random.nextInt(2_000));
      default -> "{\"a\":".repeat(500 + random.nextInt(500)) + "1" + "}".repeat(1_000);
    };
  }

  private String junkParts() {
    List<String> parts = new ArrayList<>();
    for (int i = 1 + random.nextInt(5); i > 0; i--) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      parts.add(random.nextBoolean() ? URL.encodeToString(bytes) : printable(random.nextInt(50)));
    }
    return String.join(".", parts);
  }

  private static String jwt(String header, String payload, String signature) {
    return URL.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + signature;
  }

  /** Visible ASCII, no spaces: what a header value may hold anywhere. */
  private String printable(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) (0x21 + random.nextInt(0x7E - 0x21 + 1));
    }
    return new String(chars);
  }

  private static String[] authorization(String value) {
    return new String[] {"Authorization", value};
  }
}
