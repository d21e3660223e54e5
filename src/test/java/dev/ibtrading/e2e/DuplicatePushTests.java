package dev.ibtrading.e2e;

import static dev.ibtrading.testsupport.OutcomeInbox.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.pubsub.v1.PubsubMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same message delivered 20 times at once over HTTP, as a duplicate delivery reaches the
 * worker: 20 acknowledgements naming one run, one outcome, the rest duplicate notices.
 */
class DuplicatePushTests extends WorkerLoopTestBase {
  static final int DELIVERIES = 20;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void twentyConcurrentDeliveriesOfOneSummaryAreOneRun() throws Exception {
    String messageId = "e2e-" + UUID.randomUUID().toString().substring(0, 13);
    String runId = "summary:" + messageId;

    List<HttpResponse<String>> responses =
        ConcurrentPushes.post(
            "http://127.0.0.1:" + httpPort + "/summary",
            ConcurrentPushes.envelope(
                messageId, "{}", "projects/local-project/subscriptions/e2e-summary-push"),
            DELIVERIES);

    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
    assertThat(responses)
        .extracting(r -> JSON.readTree(r.body()).get("runId").stringValue())
        .containsOnly(runId);
    List<PubsubMessage> got =
        outcomes.awaitOf(
            runId,
            Duration.ofSeconds(30),
            all -> withStatus(all, "duplicate").size() == DELIVERIES - 1);
    assertThat(withStatus(got, "ok")).hasSize(1);
    assertThat(got).hasSize(DELIVERIES);
  }
}
