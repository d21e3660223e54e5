package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestHttp.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole worker in the local profile: the edge is wired by component scan, authentication is
 * off, and until run coordination exists the default handler skips every trigger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class IngestApplicationTests {
  @LocalServerPort int port;
  @Autowired TriggerHandler handler;

  @Test
  void theDefaultHandlerAnswersTriggersAsSkipped() {
    Answer answer =
        new IngestHttp(port)
            .post("/allocation", Envelopes.emulator("1", "{\"strategies\":[\"dummy\"]}"), null);

    assertThat(handler).isInstanceOf(SkippingTriggerHandler.class);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).isEqualTo("allocation:1");
    assertThat(answer.body().path("status").asString()).isEqualTo("skipped");
    assertThat(answer.body().path("message").asString())
        .isEqualTo("run coordination not wired yet");
  }

  @Test
  void aPoisonMessageIsAcknowledgedAsRejected() {
    Answer answer =
        new IngestHttp(port).postJson("/close-all", Envelopes.full("2", "\"!!!!\"", "{}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).isEqualTo("close-all:2");
    assertThat(answer.body().path("status").asString()).isEqualTo("rejected");
    assertThat(answer.body().path("cause").asString()).isEqualTo("DATA_NOT_BASE64");
  }

  @Test
  void getSummaryAnswers() {
    Answer answer = new IngestHttp(port).get("/summary");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).startsWith("gen:");
    assertThat(answer.body().path("intent").asString()).isEqualTo("summary");
  }
}
