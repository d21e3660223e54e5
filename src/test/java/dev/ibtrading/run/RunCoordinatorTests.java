package dev.ibtrading.run;

import static dev.ibtrading.run.CoordinatorFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import org.junit.jupiter.api.Test;

/** What the coordinator answers and publishes for one delivery, its failures and redeliveries. */
class RunCoordinatorTests {
  private final CoordinatorFixture fixture = new CoordinatorFixture();

  @Test
  void aRunPublishesItsOutcomeAndAcknowledges() {
    StubHandler handler = StubHandler.ok();

    RunAnswer answer = fixture.coordinator(handler).handle(summary("m-1"));

    assertThat(answer.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(answer.body().get("runId").stringValue()).isEqualTo("summary:m-1");
    assertThat(answer.body().get("status").stringValue()).isEqualTo("ok");
    Outcome outcome = fixture.publisher.published.get(0);
    assertThat(fixture.publisher.published).hasSize(1);
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(outcome.account()).isEqualTo(CoordinatorFixture.ACCOUNT);
    assertThat(outcome.trigger().messageId()).isEqualTo("m-1");
  }

  @Test
  void finishedRunsAreCountedByIntentAndStatusOncePerRun() {
    RunCoordinator coordinator = fixture.coordinator(StubHandler.ok());
    coordinator.handle(summary("m-metrics-1"));
    coordinator.handle(summary("m-metrics-1"));
    coordinator.handle(summary("m-metrics-2"));

    assertThat(
            fixture
                .meters
                .get("ibtrading.runs")
                .tag("intent", "summary")
                .tag("status", "ok")
                .timer()
                .count())
        .isEqualTo(2);
  }

  @Test
  void aFinishedRunAnswersItsRecordedOutcomeAndPublishesADuplicateNotice() {
    StubHandler handler = StubHandler.ok();
    RunCoordinator coordinator = fixture.coordinator(handler);
    RunAnswer first = coordinator.handle(summary("m-2"));

    RunAnswer again = coordinator.handle(summary("m-2"));

    assertThat(handler.runs).hasValue(1);
    assertThat(again.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK)).hasSize(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.DUPLICATE))
        .singleElement()
        .satisfies(
            notice -> {
              assertThat(notice.runId()).isEqualTo("summary:m-2");
              assertThat(notice.warnings())
                  .extracting(Problem::code)
                  .containsExactly("duplicate-delivery");
            });
  }

  @Test
  void aTransientBrokerFailureAnswersRetryAndTheRedeliveryRunsAgain() {
    StubHandler handler =
        new StubHandler(
            Intent.SUMMARY,
            n -> {
              if (n == 1) {
                throw new BrokerException("gateway not connected", true, null);
              }
              return IntentResult.ok(null);
            });
    RunCoordinator coordinator = fixture.coordinator(handler);

    RunAnswer first = coordinator.handle(summary("m-3"));

    assertThat(first.policy()).isEqualTo(AckPolicy.RETRY);
    assertThat(first.body().get("error").stringValue()).contains("gateway not connected");
    assertThat(fixture.publisher.published).isEmpty();

    RunAnswer redelivery = coordinator.handle(summary("m-3"));

    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(handler.runs).hasValue(2);
    assertThat(fixture.publisher.published)
        .singleElement()
        .extracting(Outcome::status)
        .isEqualTo(OutcomeStatus.OK);
  }

  @Test
  void aPublishFailureAnswersRetryAndTheRedeliveryPublishesWithoutRunningAgain() {
    StubHandler handler = StubHandler.ok();
    RunCoordinator coordinator = fixture.coordinator(handler);
    fixture.publisher.failNext.set(1);

    RunAnswer first = coordinator.handle(summary("m-4"));

    assertThat(first.policy()).isEqualTo(AckPolicy.RETRY);
    assertThat(fixture.publisher.published).isEmpty();

    RunAnswer redelivery = coordinator.handle(summary("m-4"));

    assertThat(redelivery.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(handler.runs).hasValue(1);
    assertThat(fixture.publisher.withStatus(OutcomeStatus.OK))
        .singleElement()
        .extracting(Outcome::runId)
        .isEqualTo("summary:m-4");
  }

  @Test
  void aRejectionIsAcknowledgedWithARejectedOutcomeNamingTheCause() {
    Rejection rejection =
        new Rejection(
            Intent.ALLOCATION,
            RunKey.ofMessage(Intent.ALLOCATION, "m-5"),
            RejectionCause.DATA_NOT_JSON_OBJECT,
            "message.data is not JSON: Unrecognized token 'oops'",
            summary("m-5").delivery());

    RunAnswer answer = fixture.coordinator(StubHandler.ok()).reject(rejection);

    assertThat(answer.policy()).isEqualTo(AckPolicy.REJECT_AND_ACKNOWLEDGE);
    assertThat(answer.policy().httpStatus()).isEqualTo(200);
    assertThat(fixture.publisher.published)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.status()).isEqualTo(OutcomeStatus.REJECTED);
              assertThat(outcome.intent()).isEqualTo("allocation");
              assertThat(outcome.errors())
                  .containsExactly(
                      new Problem(
                          "data-not-json-object",
                          "message.data is not JSON: Unrecognized token 'oops'"));
            });
  }

  @Test
  void aHandlerExceptionEndsFailedAndIsAcknowledged() {
    StubHandler handler =
        new StubHandler(
            Intent.SUMMARY,
            n -> {
              throw new IllegalStateException("bug in the handler");
            });

    RunAnswer answer = fixture.coordinator(handler).handle(summary("m-6"));

    assertThat(answer.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(fixture.publisher.published)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.status()).isEqualTo(OutcomeStatus.FAILED);
              assertThat(outcome.errors())
                  .extracting(Problem::code)
                  .containsExactly("internal-error");
              assertThat(outcome.errors().get(0).message()).contains("bug in the handler");
            });
  }

  @Test
  void anIntentWithoutHandlerIsSkippedAsNotAvailable() {
    RunAnswer answer = fixture.coordinator(StubHandler.ok()).handle(allocation("m-7"));

    assertThat(answer.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(fixture.publisher.published)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.status()).isEqualTo(OutcomeStatus.SKIPPED);
              assertThat(outcome.warnings())
                  .extracting(Problem::code)
                  .containsExactly("intent-not-available");
            });
  }

  private static Trigger allocation(String messageId) {
    Trigger summary = summary(messageId);
    return new Trigger(
        Intent.ALLOCATION,
        RunKey.ofMessage(Intent.ALLOCATION, messageId),
        summary.options(),
        summary.delivery());
  }
}
