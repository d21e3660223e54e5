package dev.ibtrading.ingest;

import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.json.webtoken.JsonWebSignature;
import com.google.api.client.json.webtoken.JsonWebToken;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Google-style ID tokens signed by an RSA key generated for the test, and the JWKS that publishes
 * the key. Defaults are a valid Pub/Sub push token; each {@code with...} changes one claim.
 */
public final class TestTokens {
  public static final String ISSUER = "https://accounts.google.com";
  public static final String AUDIENCE = "https://ib-trading.test/push";
  public static final String PUSH_ACCOUNT = "pubsub-push@test-project.iam.gserviceaccount.com";

  private final KeyPair keys;
  private final String keyId;

  private TestTokens(KeyPair keys, String keyId) {
    this.keys = keys;
    this.keyId = keyId;
  }

  public static TestTokens generate(String keyId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return new TestTokens(generator.generateKeyPair(), keyId);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code {"keys":[{"kty":"RSA","alg":"RS256","kid":...,"n":...,"e":...}]}}. */
  public String jwks() {
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    return """
        {"keys":[{"kty":"RSA","alg":"RS256","use":"sig","kid":"%s","n":"%s","e":"%s"}]}
        """
        .formatted(keyId, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
  }

  public Claims claims() {
    Instant now = Instant.now();
    return new Claims(ISSUER, AUDIENCE, PUSH_ACCOUNT, true, now, now.plus(Duration.ofHours(1)));
  }

  /** A valid push token. */
  public String valid() {
    return sign(claims());
  }

  public String sign(Claims claims) {
    JsonWebSignature.Header header = new JsonWebSignature.Header();
    header.setAlgorithm("RS256");
    header.setType("JWT");
    header.setKeyId(keyId);
    JsonWebToken.Payload payload = new JsonWebToken.Payload();
    payload.setIssuer(claims.issuer());
    payload.setAudience(claims.audience());
    payload.setSubject("1234567890");
    payload.setIssuedAtTimeSeconds(claims.issuedAt().getEpochSecond());
    payload.setExpirationTimeSeconds(claims.expiresAt().getEpochSecond());
    if (claims.email() != null) {
      payload.set("email", claims.email());
    }
    payload.set("email_verified", claims.emailVerified());
    try {
      return JsonWebSignature.signUsingRsaSha256(
          keys.getPrivate(), GsonFactory.getDefaultInstance(), header, payload);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What Cloud Run passes on: the same token with its signature replaced. */
  public static String signatureRemoved(String token) {
    return token.substring(0, token.lastIndexOf('.') + 1) + "SIGNATURE_REMOVED_BY_GOOGLE";
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // drop the sign byte
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The claims of one token. */
  public record Claims(
      String issuer,
      String audience,
      String email,
      boolean emailVerified,
      Instant issuedAt,
      Instant expiresAt) {
    public Claims withIssuer(String issuer) {
      return new Claims(issuer, audience, email, emailVerified, issuedAt, expiresAt);
    }

    public Claims withAudience(String audience) {
      return new Claims(issuer, audience, email, emailVerified, issuedAt, expiresAt);
    }

    public Claims withEmail(String email) {
      return new Claims(issuer, audience, email, emailVerified, issuedAt, expiresAt);
    }

    public Claims withEmailVerified(boolean emailVerified) {
      return new Claims(issuer, audience, email, emailVerified, issuedAt, expiresAt);
    }

    public Claims withTimes(Instant issuedAt, Instant expiresAt) {
      return new Claims(issuer, audience, email, emailVerified, issuedAt, expiresAt);
    }
  }
}
