package dev.ibtrading.run;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.TriggerSource;
import dev.ibtrading.summary.SummaryOptions;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.util.unit.DataSize;

/** A {@link RunCoordinator} over stub handlers and a recording outcome publisher. */
public final class CoordinatorFixture {
  static final String ACCOUNT = "DU0000001";

  public final RecordingPublisher publisher = new RecordingPublisher();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Broker broker = mock(Broker.class);

  CoordinatorFixture() {
    when(broker.account()).thenReturn(ACCOUNT);
    when(broker.managedAccounts()).thenReturn(List.of(ACCOUNT));
  }

  RunCoordinator coordinator(Duration deadline, IntentHandler... handlers) {
    return new RunCoordinator(
        List.of(handlers),
        broker,
        publisher,
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(deadline, Duration.ofHours(1), 100, null, DataSize.ofMegabytes(4)),
        Clock.systemUTC(),
        meters);
  }

  RunCoordinator coordinator(IntentHandler... handlers) {
    return coordinator(Duration.ofSeconds(30), handlers);
  }

  /** A coordinator keeping finished runs in {@code journalDir}: a new one stands for a restart. */
  RunCoordinator withJournal(Path journalDir, IntentHandler... handlers) {
    return new RunCoordinator(
        List.of(handlers),
        broker,
        publisher,
        new TradingProperties(TradingMode.PAPER, false, true),
        new RunProperties(
            Duration.ofSeconds(30), Duration.ofHours(1), 100, journalDir, DataSize.ofMegabytes(4)),
        Clock.systemUTC(),
        meters);
  }

  /** A pushed summary trigger with message id {@code messageId}. */
  static Trigger summary(String messageId) {
    return new Trigger(
        Intent.SUMMARY,
        RunKey.ofMessage(Intent.SUMMARY, messageId),
        new SummaryOptions(false),
        new Delivery(
            TriggerSource.PUSH,
            messageId,
            Instant.parse("2025-01-03T14:35:00Z"),
            "projects/p/subscriptions/s",
            null,
            Map.of(),
            null));
  }

  /** A summary handler that answers {@code behaviour(call number)} and counts its runs. */
  static final class StubHandler implements IntentHandler {
    final AtomicInteger runs = new AtomicInteger();
    private final Intent intent;
    private final Function<Integer, IntentResult> behaviour;

    StubHandler(Intent intent, Function<Integer, IntentResult> behaviour) {
      this.intent = intent;
      this.behaviour = behaviour;
    }

    static StubHandler ok() {
      return new StubHandler(Intent.SUMMARY, n -> IntentResult.ok(null));
    }

    @Override
    public Intent intent() {
      return intent;
    }

    @Override
    public IntentResult run(RunContext context) {
      return behaviour.apply(runs.incrementAndGet());
    }
  }

  /** Records every confirmed outcome; fails the next {@code failNext} publishes. */
  public static final class RecordingPublisher implements OutcomePublisher {
    final List<Outcome> published = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger failNext = new AtomicInteger();

    @Override
    public String publish(Outcome outcome) {
      attempts.incrementAndGet();
      if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        throw new OutcomePublishException("stub: Pub/Sub did not confirm", null);
      }
      published.add(outcome);
      return String.valueOf(published.size());
    }

    public List<Outcome> withStatus(OutcomeStatus status) {
      List<Outcome> matching = new ArrayList<>();
      for (Outcome outcome : published) {
        if (outcome.status() == status) {
          matching.add(outcome);
        }
      }
      return matching;
    }
  }
}
