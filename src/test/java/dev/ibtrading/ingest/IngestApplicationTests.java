package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ingest.IngestHttp.Answer;
import dev.ibtrading.run.RunCoordinator;
import dev.ibtrading.trigger.TriggerHandler;
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
  void theRunCoordinatorAnswersWithThePublishedOutcome() {
    Answer answer = new IngestHttp(port).post("/summary", Envelopes.emulator("1", "{}"), null);

    assertThat(handler).isInstanceOf(RunCoordinator.class);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).isEqualTo("summary:1");
    assertThat(answer.body().path("status").asString()).isEqualTo("ok");
    assertThat(answer.body().path("account").asString()).isEqualTo("DU0000001");
    assertThat(answer.body().path("result").path("account").path("netLiquidation").isNumber())
        .isTrue();
  }

  @Test
  void aPoisonMessageIsAcknowledgedAsRejected() {
    Answer answer =
        new IngestHttp(port).postJson("/close-all", Envelopes.full("2", "\"!!!!\"", "{}"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).isEqualTo("close-all:2");
    assertThat(answer.body().path("status").asString()).isEqualTo("rejected");
    assertThat(answer.body().path("errors").path(0).path("code").asString())
        .isEqualTo("data-not-base64");
  }

  @Test
  void getSummaryAnswers() {
    Answer answer = new IngestHttp(port).get("/summary");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.runId()).startsWith("gen:");
    assertThat(answer.body().path("intent").asString()).isEqualTo("summary");
  }
}
