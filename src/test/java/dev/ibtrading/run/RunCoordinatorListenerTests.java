package dev.ibtrading.run;

import static dev.ibtrading.run.CoordinatorFixture.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeListener;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.run.CoordinatorFixture.RecordingPublisher;
import dev.ibtrading.run.CoordinatorFixture.StubHandler;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RejectionCause;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The coordinator tells its outcome listeners (the status page's store) of each run, once. */
class RunCoordinatorListenerTests {
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final List<Outcome> heard = new CopyOnWriteArrayList<>();
  private final List<Integer> publishedWhenHeard = new CopyOnWriteArrayList<>();
  private final OutcomeListener recorder =
      outcome -> {
        publishedWhenHeard.add(publisher.published.size());
        heard.add(outcome);
      };

  private RunCoordinator coordinator(IntentHandler handler, OutcomeListener... listeners) {
    Broker broker = mock(Broker.class);
    when(broker.account()).thenReturn(CoordinatorFixture.ACCOUNT);
    when(broker.managedAccounts()).thenReturn(List.of(CoordinatorFixture.ACCOUNT));
    return new RunCoordinator(
        List.of(handler),
        broker,
        publisher,
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(
            Duration.ofSeconds(30), Duration.ofHours(1), 100, null, DataSize.ofMegabytes(4)),
        Clock.systemUTC(),
        new SimpleMeterRegistry(),
        List.of(listeners));
  }

  @Test
  void aRunReachesTheListenerOnceBeforeItsOutcomeIsPublished() {
    RunCoordinator coordinator = coordinator(StubHandler.ok(), recorder);

    coordinator.handle(summary("m-1"));
    coordinator.handle(summary("m-1"));

    assertThat(heard).singleElement().isEqualTo(publisher.withStatus(OutcomeStatus.OK).get(0));
    assertThat(publishedWhenHeard).containsExactly(0);
    assertThat(publisher.withStatus(OutcomeStatus.DUPLICATE)).hasSize(1);
  }

  @Test
  void aRejectedTriggerIsARunToo() {
    RunCoordinator coordinator = coordinator(StubHandler.ok(), recorder);

    coordinator.reject(
        new Rejection(
            Intent.ALLOCATION,
            RunKey.ofRunId("bad-1"),
            RejectionCause.INVALID_OPTIONS,
            "unknown option x",
            Delivery.direct()));

    assertThat(heard)
        .singleElement()
        .satisfies(
            outcome -> {
              assertThat(outcome.runId()).isEqualTo("bad-1");
              assertThat(outcome.status()).isEqualTo(OutcomeStatus.REJECTED);
            });
  }

  @Test
  void aTransientFailureIsNoRunAndReachesNoListener() {
    StubHandler down =
        new StubHandler(
            Intent.SUMMARY,
            n -> {
              throw new BrokerException("not connected", true, null);
            });

    RunAnswer answer = coordinator(down, recorder).handle(summary("m-2"));

    assertThat(answer.policy()).isEqualTo(AckPolicy.RETRY);
    assertThat(heard).isEmpty();
  }

  @Test
  void aFailingListenerChangesNothingForTheRunOrTheOtherListeners() {
    OutcomeListener broken =
        outcome -> {
          throw new IllegalStateException("listener bug");
        };

    RunAnswer answer = coordinator(StubHandler.ok(), broken, recorder).handle(summary("m-3"));

    assertThat(answer.policy()).isEqualTo(AckPolicy.ACKNOWLEDGE);
    assertThat(answer.body().get("status").stringValue()).isEqualTo("ok");
    assertThat(publisher.published).hasSize(1);
    assertThat(heard).hasSize(1);
  }
}
