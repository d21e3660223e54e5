package dev.ibtrading.ingest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Garbage Authorization headers in {@code cloud-run} mode, where the worker reads the claims of a
 * token Cloud Run verified: only a claims object naming an allowed, verified account passes.
 */
@SpringBootTest(
    classes = TriggerEndpointTests.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "K_SERVICE=ib-test",
      "ingest.allowed-push-accounts=other@p.iam.test," + TestTokens.PUSH_ACCOUNT,
      "management.endpoint.health.validate-group-membership=false"
    })
class CloudRunAuthorizationFuzzTests extends AuthorizationFuzzTestSupport {

  @Override
  boolean claimsTrusted() {
    return true;
  }

  @Override
  String validAuthorization() {
    return "Bearer " + TestTokens.signatureRemoved(TOKENS.valid());
  }
}
