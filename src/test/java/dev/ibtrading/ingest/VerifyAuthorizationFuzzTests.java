package dev.ibtrading.ingest;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Garbage Authorization headers in {@code verify} mode, keys from a local JWKS endpoint. */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ingest.auth=verify",
      "ingest.verify.audience=" + TestTokens.AUDIENCE,
      "ingest.allowed-push-accounts=" + TestTokens.PUSH_ACCOUNT,
      "management.endpoint.health.validate-group-membership=false"
    })
class VerifyAuthorizationFuzzTests extends AuthorizationFuzzTestSupport {
  private static final JwksServer JWKS = JwksServer.serving(TOKENS.jwks());

  @DynamicPropertySource
  static void jwksUrl(DynamicPropertyRegistry registry) {
    registry.add("ingest.verify.jwks-url", JWKS::url);
  }

  @AfterAll
  static void stopServer() {
    JWKS.close();
  }

  @Override
  boolean claimsTrusted() {
    return false;
  }

  @Override
  String validAuthorization() {
    return "Bearer " + TOKENS.valid();
  }
}
