package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push latency metric is Spring's {@code http.server.requests} timer: every push is timed with
 * the endpoint as {@code uri} (one per intent) and the answer's {@code status}, and {@code
 * /actuator/metrics} exposes it.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class PushLatencyMetricTests extends EdgeHttpTestSupport {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The timer's COUNT for these tags from {@code /actuator/metrics}, 0 before the first. */
  private double pushes(String uri, int status) throws Exception {
    String query = "?tag=method:POST&tag=uri:" + uri + "&tag=status:" + status;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + port + "/actuator/metrics/http.server.requests" + query))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 404) {
      return 0; // no request with these tags yet
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode measurement : JSON.readTree(response.body()).path("measurements")) {
      if (measurement.path("statistic").asString().equals("COUNT")) {
        return measurement.path("value").asDouble();
      }
    }
    throw new AssertionError("no COUNT in " + response.body());
  }

  /** The timer stops once the answer is sent, which the client may see first. */
  private void awaitPushes(String uri, int status, double expected) {
    await("http.server.requests " + uri + " " + status)
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(pushes(uri, status)).isEqualTo(expected));
  }

  @Test
  void anAcknowledgedPushIsTimedUnderItsEndpointAndStatus() throws Exception {
    double before = pushes("/risk-check", 200);

    assertThat(http.postJson("/risk-check", Envelopes.full("{}", "{}")).status()).isEqualTo(200);

    awaitPushes("/risk-check", 200, before + 1);
  }

  @Test
  void aRefusedPushIsTimedWithItsStatus() throws Exception {
    double before = pushes("/summary", 413);
    String tooLarge = "{\"dryRun\":false,\"pad\":\"" + "x".repeat(4096) + "\"}";

    assertThat(http.postJson("/summary", tooLarge).status()).isEqualTo(413);

    awaitPushes("/summary", 413, before + 1);
  }
}
