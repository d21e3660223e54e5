package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.testsupport.LogCapture;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How the handler's answers (and failures) become HTTP answers: 200 or 503, never 500. */
@EdgeHttpTestSupport.LocalEdgeTest
class HandlerAnswerTests extends EdgeHttpTestSupport {
  private static final String BODY = Envelopes.full("{}", "{\"runId\":\"run-7\"}");

  @Test
  void aThrowingHandlerIsAnswered503WithoutTheExceptionText() {
    handler.answerWith(
        received -> {
          throw new IllegalStateException("password=hunter2");
        });

    Answer answer;
    try (LogCapture log = LogCapture.of(TriggerDispatcher.class)) {
      answer = http.postJson("/risk-check", BODY);

      assertThat(log.count(ch.qos.logback.classic.Level.ERROR, "run-7")).isEqualTo(1);
    }

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.runId()).isEqualTo("run-7");
    assertThat(answer.body().path("status").asString()).isEqualTo("retry");
    assertThat(answer.body().path("error").asString())
        .isEqualTo("handler failed: IllegalStateException; retry later");
    assertThat(answer.raw().body()).doesNotContain("hunter2");
  }

  @Test
  void aHandlerThrowingOnARejectionIsAnswered503() {
    handler.answerWith(
        received -> {
          throw new IllegalStateException("outcome topic down");
        });

    Answer answer = http.postJson("/risk-check", Envelopes.full("[]", "{}"));

    assertThat(handler.only()).isInstanceOf(Rejection.class);
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.runId()).isEqualTo("risk-check:" + Envelopes.MESSAGE_ID);
  }

  @Test
  void noAnswerIsAnswered503() {
    handler.answerWith(received -> null);

    Answer answer = http.postJson("/risk-check", BODY);

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.runId()).isEqualTo("run-7");
  }

  @Test
  void retryIs503WithTheReason() {
    handler.answerWith(r -> RunAnswer.retry(r.runKey(), "gateway not connected"));

    Answer answer = http.postJson("/risk-check", BODY);

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.runId()).isEqualTo("run-7");
    assertThat(answer.body().path("error").asString()).isEqualTo("gateway not connected");
  }

  @Test
  void acknowledgeIs200WithTheHandlersBody() {
    handler.answerWith(
        r -> {
          ObjectNode outcome = JsonNodeFactory.instance.objectNode();
          outcome.put("runId", r.runKey().value());
          outcome.put("status", "duplicate");
          outcome.put("schemaVersion", 1);
          return RunAnswer.acknowledge(outcome);
        });

    Answer answer = http.postJson("/risk-check", BODY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("status").asString()).isEqualTo("duplicate");
    assertThat(answer.body().path("schemaVersion").intValue()).isEqualTo(1);
    assertThat(answer.runId()).isEqualTo("run-7");
  }

  @Test
  void rejectAndAcknowledgeIs200() {
    Answer answer = http.postJson("/risk-check", Envelopes.full("{\"x\":1}", "{}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("status").asString()).isEqualTo("rejected");
    assertThat(answer.body().path("reason").asString()).contains("unknown risk-check option 'x'");
  }

  @Test
  void aHandlersBodyIsCopiedNotShared() {
    ObjectNode outcome = JsonNodeFactory.instance.objectNode();
    outcome.put("status", "ok");
    RunAnswer answer = RunAnswer.acknowledge(outcome);

    outcome.put("status", "changed");
    answer.body().put("status", "changed too");

    assertThat(answer.body().path("status").asString()).isEqualTo("ok");
  }
}
