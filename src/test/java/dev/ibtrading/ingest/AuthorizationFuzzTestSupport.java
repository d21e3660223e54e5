package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.testsupport.FuzzCases;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.pushfuzz.FuzzHttp;
import dev.ibtrading.testsupport.pushfuzz.PushAnswers;
import dev.ibtrading.trigger.Trigger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Garbage Authorization headers ({@link GarbageAuthorization}, seeded: {@code -Dfuzz.seed=N},
 * {@code -Dfuzz.cases=N}) on a valid push: always 401 or 403 as JSON with a generated {@code
 * runId}, never 500 or 503, nothing reaches the handler, and a valid token passes afterwards.
 */
abstract class AuthorizationFuzzTestSupport extends EdgeHttpTestSupport {
  static final TestTokens TOKENS = TestTokens.generate("fuzz-key");
  static final TestTokens STRANGER = TestTokens.generate("fuzz-key");
  private static final String BODY = Envelopes.full("{\"dryRun\":true}", "{}");

  /** Whether the mode trusts the token's claims without checking its signature. */
  abstract boolean claimsTrusted();

  /** A token the mode accepts, as the Authorization header's value. */
  abstract String validAuthorization();

  @Test
  void garbageAuthorizationIs401Or403AndNeverReachesTheHandler() {
    long seed = FuzzSeed.get();
    GarbageAuthorization garbage =
        new GarbageAuthorization(new Random(seed), TOKENS, STRANGER, claimsTrusted());
    FuzzHttp fuzz = new FuzzHttp(port);
    int cases = FuzzCases.count(50);
    for (int i = 0; i < cases; i++) {
      String[] headers = garbage.next();
      try {
        HttpResponse<byte[]> response = post(fuzz, headers);
        JsonNode body = PushAnswers.checkDocumented(response);
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(body.path("runId").asString()).startsWith("gen:");
        assertThat(handler.received()).isEmpty();
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "case %d of seed %d (replay: -Dfuzz.seed=%d) with headers %s failed: %s"
                .formatted(i, seed, seed, shown(headers), e.getMessage()),
            e);
      }
    }
    HttpResponse<byte[]> valid = post(fuzz, "Authorization", validAuthorization());
    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(handler.only()).isInstanceOf(Trigger.class);
  }

  private static HttpResponse<byte[]> post(FuzzHttp fuzz, String... headers) {
    return fuzz.send(
        "POST",
        "/risk-check",
        HttpRequest.BodyPublishers.ofString(BODY),
        "application/json",
        headers);
  }

  private static String shown(String[] headers) {
    String text = Arrays.toString(headers);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
