package dev.ibtrading.testsupport.pushfuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.trigger.RunKey;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge's answer rules (README "Triggers", {@code ingest.AckPolicy}): only 200 (acknowledged, a
 * rejection included), 401/403 (authentication), 413 (too large) and 503 (retry); never 500 or
 * another 4xx; every answer a JSON object with a valid {@code runId}.
 */
public final class PushAnswers {
  /** Every status the edge may answer; 204 is an acknowledgement Pub/Sub accepts too. */
  public static final Set<Integer> DOCUMENTED = Set.of(200, 204, 401, 403, 413, 503);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PushAnswers() {}

  /** Checks the rules every answer follows, and returns its JSON body. */
  public static JsonNode checkDocumented(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).as("status (body: %s)", shown(response)).isIn(DOCUMENTED);
    return jsonWithRunId(response);
  }

  /** Checks that the answer, whatever its status, is a JSON object with a valid runId. */
  public static JsonNode jsonWithRunId(HttpResponse<byte[]> response) {
    String shown = shown(response);
    assertThat(response.headers().firstValue("Content-Type"))
        .as("content type (status %d, body: %s)", response.statusCode(), shown)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JacksonException e) {
      throw new AssertionError("answer is not JSON: " + shown, e);
    }
    assertThat(body.isObject()).as("answer is a JSON object: %s", shown).isTrue();
    String runId = body.path("runId").isString() ? body.path("runId").stringValue() : null;
    assertThat(RunKey.isValid(runId)).as("runId %s is a run key in %s", runId, shown).isTrue();
    return body;
  }

  private static String shown(HttpResponse<byte[]> response) {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  /** Checks the documented rules and what the case expects; returns the JSON body. */
  public static JsonNode check(PushCase pushCase, HttpResponse<byte[]> response) {
    JsonNode body = checkDocumented(response);
    int status = response.statusCode();
    String outcome = body.path("status").asString();
    switch (pushCase.expect()) {
      case TOO_LARGE -> assertThat(status).as("status of a body over the limit").isEqualTo(413);
      case REJECTED -> {
        assertThat(status).as("status of a rejection: %s", body).isIn(200, 503);
        if (status == 200) {
          assertThat(outcome).as("outcome of a rejection: %s", body).isEqualTo("rejected");
        }
      }
      case ACKNOWLEDGED -> {
        assertThat(status).as("status of a valid trigger: %s", body).isIn(200, 503);
        assertThat(outcome).as("outcome of a valid trigger: %s", body).isNotEqualTo("rejected");
      }
    }
    return body;
  }

  /** A failure of case {@code index}, with the seed to replay it and the case itself. */
  public static AssertionError failure(long seed, int index, PushCase pushCase, Throwable e) {
    return new AssertionError(
        "case %d of seed %d (replay: -Dfuzz.seed=%d -Dfuzz.cases=%d) failed: %s%n%s"
            .formatted(index, seed, seed, index + 1, pushCase.shown(), e.getMessage()),
        e);
  }
}
