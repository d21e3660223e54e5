package dev.ibtrading.run;

import static dev.ibtrading.run.CoordinatorFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash windows of a run across a worker restart, a new coordinator over the same journal
 * standing for the new process: whatever the window, one terminal outcome per run key and no second
 * run.
 */
class RunCoordinatorJournalTests {
  private final CoordinatorFixture fixture = new CoordinatorFixture();
  @TempDir Path journal;

  @Test
  void publishedThenRestartedBeforeTheAnswerTheRedeliveryIsADuplicate() {
    StubHandler handler = StubHandler.ok();
    RunAnswer first = fixture.withJournal(journal, handler).handle(summary("j-1"));

    RunAnswer redelivery = fixture.withJournal(journal, handler).handle(summary("j-1"));

    assertThat(handler.runs).hasValue(1);
    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(redelivery.body()).isEqualTo(first.body());
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.DUPLICATE)).hasSize(1);
  }

  @Test
  void recordedButNotPublishedTheRedeliveryAfterARestartPublishesTheRecordedOutcome() {
    StubHandler handler = StubHandler.ok();
    fixture.publisher.failNext.set(1);
    RunAnswer first = fixture.withJournal(journal, handler).handle(summary("j-2"));
    assertThat(first.policy()).isEqualTo(AckPolicy.RETRY);
    assertThat(fixture.publisher.published).isEmpty();

    RunAnswer redelivery = fixture.withJournal(journal, handler).handle(summary("j-2"));

    assertThat(handler.runs).hasValue(1);
    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    Outcome published = fixture.publisher.withStatus(OutcomeStatus.OK).get(0);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
    assertThat(published.trigger().messageId()).isEqualTo("j-2");
    assertThat(redelivery.body().get("startedAt").stringValue())
        .isEqualTo(published.startedAt().toString());

    RunAnswer third = fixture.withJournal(journal, handler).handle(summary("j-2"));

    assertThat(third.body()).isEqualTo(redelivery.body());
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
    assertThat(handler.runs).hasValue(1);
  }

  @Test
  void aRejectionRedeliveredAfterARestartIsNotRejectedTwice() {
    Rejection rejection =
        new Rejection(
            Intent.ALLOCATION,
            RunKey.ofMessage(Intent.ALLOCATION, "j-3"),
            RejectionCause.DATA_NOT_JSON_OBJECT,
            "message.data is not JSON",
            summary("j-3").delivery());
    fixture.withJournal(journal, StubHandler.ok()).reject(rejection);

    RunAnswer again = fixture.withJournal(journal, StubHandler.ok()).reject(rejection);

    assertThat(again.policy()).isEqualTo(AckPolicy.REJECT_AND_ACKNOWLEDGE);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.REJECTED)).hasSize(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.DUPLICATE)).hasSize(1);
  }

  @Test
  void aTransientFailureIsNotJournaledAndTheRedeliveryAfterARestartRuns() {
    StubHandler handler =
        new StubHandler(
            Intent.SUMMARY,
            n -> {
              if (n == 1) {
                throw new BrokerException("gateway not connected", true, null);
              }
              return IntentResult.ok(null);
            });
    fixture.withJournal(journal, handler).handle(summary("j-4"));

    RunAnswer redelivery = fixture.withJournal(journal, handler).handle(summary("j-4"));

    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(handler.runs).hasValue(2);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
  }

  @Test
  void withoutAJournalTheRestartedWorkerRunsAgain() {
    StubHandler handler = StubHandler.ok();
    fixture.coordinator(handler).handle(summary("j-5"));

    fixture.coordinator(handler).handle(summary("j-5"));

    // The gap the journal closes: a second terminal outcome for one run key.
    assertThat(handler.runs).hasValue(2);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(2);
  }

  @Test
  void aReusedMessageIdWithAnotherPublishTimeIsANewRun() {
    StubHandler handler = StubHandler.ok();
    fixture.withJournal(journal, handler).handle(summary("1"));
    Trigger first = summary("1");
    Delivery d = first.delivery();
    Trigger reused =
        new Trigger(
            first.intent(),
            first.runKey(),
            first.options(),
            new Delivery(
                d.source(),
                d.messageId(),
                d.publishTime().plusSeconds(86_000),
                d.subscription(),
                null,
                d.attributes(),
                null));

    fixture.withJournal(journal, handler).handle(reused);

    assertThat(handler.runs).hasValue(2);
  }
}
