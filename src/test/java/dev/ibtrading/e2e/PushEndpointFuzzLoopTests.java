package dev.ibtrading.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.pubsub.v1.PubsubMessage;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.testsupport.FuzzCases;
import dev.ibtrading.testsupport.FuzzSeed;
import dev.ibtrading.testsupport.OutcomeInbox;
import dev.ibtrading.testsupport.pushfuzz.Expect;
import dev.ibtrading.testsupport.pushfuzz.FuzzHttp;
import dev.ibtrading.testsupport.pushfuzz.PushAnswers;
import dev.ibtrading.testsupport.pushfuzz.PushCase;
import dev.ibtrading.testsupport.pushfuzz.PushCases;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generated requests (seeded, {@code -Dfuzz.seed=N}; {@code -Dfuzz.cases=N} for more) against the
 * whole worker: the run coordinator, the outcome topic on the emulator and the paper gateway behind
 * the edge. Every answer follows the edge's rules; a sample of the acknowledged rejections is read
 * back from the outcome topic with the layer that refused it; afterwards the worker is ready and
 * still runs a valid trigger. Accepted cases are dry runs or read-only: nothing trades.
 */
class PushEndpointFuzzLoopTests extends WorkerLoopTestBase {
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int CHECK_EVERY_NTH_REJECTION = 5;
  private static final Duration OUTCOME_WAIT = Duration.ofSeconds(30);

  /** A rejection answered 200, to look for on the outcome topic. */
  private record Acknowledged(int index, PushCase pushCase, String runId) {}

  @Test
  void generatedPushesGetDocumentedAnswersAndRejectionsArePublished() {
    long seed = FuzzSeed.get();
    PushCases generator = new PushCases(new Random(seed), MAX_BODY_BYTES, "fuzz-");
    FuzzHttp fuzz = new FuzzHttp(httpPort);
    List<Acknowledged> rejections = new ArrayList<>();
    int cases = FuzzCases.count(150);
    for (int i = 0; i < cases; i++) {
      PushCase pushCase = generator.next(i);
      try {
        HttpResponse<byte[]> response = fuzz.send(pushCase);
        JsonNode body = PushAnswers.check(pushCase, response);
        if (pushCase.expect() == Expect.REJECTED && response.statusCode() == 200) {
          rejections.add(new Acknowledged(i, pushCase, body.path("runId").asString()));
        }
      } catch (AssertionError | RuntimeException e) {
        throw PushAnswers.failure(seed, i, pushCase, e);
      }
    }

    assertThat(rejections).as("acknowledged rejections among %d cases", cases).isNotEmpty();
    for (int r = 0; r < rejections.size(); r += CHECK_EVERY_NTH_REJECTION) {
      Acknowledged rejection = rejections.get(r);
      try {
        assertPublishedAsRejected(rejection);
      } catch (AssertionError | RuntimeException e) {
        throw PushAnswers.failure(seed, rejection.index(), rejection.pushCase(), e);
      }
    }
    assertReadyAndStillRunsATrigger(fuzz);
  }

  private void assertPublishedAsRejected(Acknowledged rejection) {
    List<PubsubMessage> got =
        outcomes.awaitOf(
            rejection.runId(),
            OUTCOME_WAIT,
            all -> !OutcomeInbox.withStatus(all, "rejected").isEmpty());
    Outcome outcome = read(OutcomeInbox.withStatus(got, "rejected").get(0));
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.REJECTED);
    assertThat(outcome.errors()).hasSize(1);
    assertThat(outcome.errors().get(0).code()).isEqualTo(rejection.pushCase().cause());
    assertThat(outcome.errors().get(0).message()).isNotBlank();
  }

  private void assertReadyAndStillRunsATrigger(FuzzHttp fuzz) {
    HttpResponse<byte[]> readiness =
        fuzz.send("GET", "/actuator/health/readiness", HttpRequest.BodyPublishers.noBody(), null);
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(new String(readiness.body(), StandardCharsets.UTF_8)).contains("\"UP\"");

    String messageId = "fuzz-after-" + System.nanoTime();
    String envelope =
        "{\"message\":{\"data\":\"%s\",\"messageId\":\"%s\"}}"
            .formatted(Base64.getEncoder().encodeToString("{}".getBytes()), messageId);
    HttpResponse<byte[]> response =
        fuzz.send(
            "POST", "/summary", HttpRequest.BodyPublishers.ofString(envelope), "application/json");
    JsonNode body = PushAnswers.checkDocumented(response);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.path("status").asString()).isEqualTo("ok");
    String runId = "summary:" + messageId;
    List<PubsubMessage> got = outcomes.awaitOf(runId, OUTCOME_WAIT, all -> !all.isEmpty());
    assertThat(got.get(0).getAttributesMap()).containsAllEntriesOf(Map.of("status", "ok"));
  }
}
