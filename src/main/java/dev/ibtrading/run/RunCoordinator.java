package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.TradingProperties;
import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeListener;
import dev.ibtrading.outcome.OutcomePublishException;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.OutcomeTrigger;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.run.RunLedger.Claim;
import dev.ibtrading.trigger.AckPolicy;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import dev.ibtrading.trigger.Received;
import dev.ibtrading.trigger.Rejection;
import dev.ibtrading.trigger.RunAnswer;
import dev.ibtrading.trigger.RunKey;
import dev.ibtrading.trigger.Trigger;
import dev.ibtrading.trigger.TriggerHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run per run key, one run at a time for the account, and an outcome on the outcome topic
 * before any push is acknowledged.
 *
 * <ul>
 *   <li>The first delivery of a run key owns the run; every other delivery, concurrent or later,
 *       waits for it and answers the same (see {@link RunLedger}), and adds a {@code duplicate}
 *       notice to the outcome topic.
 *   <li>Runs are serialized: the account is one book, and two allocations at once would both trade
 *       the same delta.
 *   <li>A transient failure before anything was sent to the broker answers 503 and forgets the run,
 *       so the redelivery runs it again. Once a run has an outcome it is finished: if the outcome
 *       cannot be published the push is answered 503, and the redelivery publishes the same outcome
 *       instead of running again.
 *   <li>With {@code runs.journal-dir} set, finished runs are also kept on disk ({@link
 *       RunJournal}): a redelivery after a restart answers from there instead of running again.
 *   <li>A trigger no delivery can repeat ({@link #handleOnce}, {@code GET /summary}) runs and
 *       publishes like any other, but is remembered neither in the ledger nor in the journal.
 * </ul>
 */
public final class RunCoordinator implements TriggerHandler {
  private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

  private final Map<Intent, IntentHandler> handlers = new EnumMap<>(Intent.class);
  private final Broker broker;
  private final OutcomePublisher publisher;
  private final TradingProperties trading;
  private final RunProperties runs;
  private final Clock clock;
  private final TradingGate gate;
  private final RunMetrics metrics;
  private final OrderMetrics orderMetrics;
  private final RunLedger<RecordedRun> ledger;
  private final RunJournal journal;
  private final List<OutcomeListener> listeners;
  private final ReentrantLock accountLock = new ReentrantLock(true);

  public RunCoordinator(
      List<IntentHandler> intentHandlers,
      Broker broker,
      OutcomePublisher publisher,
      TradingProperties trading,
      RunProperties runs,
      Clock clock,
      MeterRegistry meters) {
    this(intentHandlers, broker, publisher, trading, runs, clock, meters, List.of());
  }

  /**
   * @param listeners told of every run's outcome when the run ends (see {@link OutcomeListener})
   */
  public RunCoordinator(
      List<IntentHandler> intentHandlers,
      Broker broker,
      OutcomePublisher publisher,
      TradingProperties trading,
      RunProperties runs,
      Clock clock,
      MeterRegistry meters,
      List<OutcomeListener> listeners) {
    for (IntentHandler handler : intentHandlers) {
      if (handlers.put(handler.intent(), handler) != null) {
        throw new IllegalStateException("two handlers for intent " + handler.intent().wireName());
      }
    }
    this.broker = broker;
    this.publisher = publisher;
    this.trading = trading;
    this.runs = runs;
    this.clock = clock;
    this.gate = new TradingGate(broker, trading);
    this.metrics = new RunMetrics(meters);
    this.orderMetrics = new OrderMetrics(meters);
    this.ledger =
        new RunLedger<>(
            runs.rememberAtMost(),
            runs.rememberBytes().toBytes(),
            RecordedRun::retainedBytes,
            RecordedRun::shrink,
            runs.rememberFor(),
            clock);
    this.journal =
        runs.journalDir() == null
            ? RunJournal.none()
            : RunJournal.in(runs.journalDir(), runs.rememberFor(), clock);
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public RunAnswer handle(Trigger trigger) {
    Instant startedAt = clock.instant();
    Instant deadline = startedAt.plus(runs.deadline());
    Claim<RecordedRun> claim = ledger.claim(trigger.runKey().value());
    if (claim instanceof Claim.Follower<RecordedRun> follower) {
      return follow(trigger, follower, deadline);
    }
    RecordedRun journaled = fromJournal(trigger);
    if (journaled != null) {
      return answerFinished(trigger, journaled);
    }
    return own(trigger, startedAt, deadline, true);
  }

  /**
   * A trigger whose run key was made for this one request: nothing can deliver it again, so nothing
   * is remembered for redeliveries (a direct read would otherwise fill the ledger).
   */
  @Override
  public RunAnswer handleOnce(Trigger trigger) {
    Instant startedAt = clock.instant();
    return own(trigger, startedAt, startedAt.plus(runs.deadline()), false);
  }

  /** Runs remembered now, running or finished (tests). */
  int rememberedRuns() {
    return ledger.size();
  }

  /** What the remembered runs hold, in bytes of JSON (tests). */
  long rememberedBytes() {
    return ledger.weight();
  }

  @Override
  public RunAnswer reject(Rejection rejection) {
    Instant at = clock.instant();
    Claim<RecordedRun> claim = ledger.claim(rejection.runKey().value());
    if (claim instanceof Claim.Follower<RecordedRun> follower) {
      return follow(rejection, follower, at.plus(runs.deadline()));
    }
    RecordedRun journaled = fromJournal(rejection);
    if (journaled != null) {
      return answerFinished(rejection, journaled);
    }
    Outcome outcome =
        outcome(rejection, OutcomeStatus.REJECTED, at)
            .error(rejection.cause().code(), rejection.reason())
            .build();
    RecordedRun run = new RecordedRun(outcome);
    finish(rejection.runKey().value(), run, true);
    log.warn("Rejected run {} ({}): {}", outcome.runId(), outcome.intent(), rejection.reason());
    return publishAndAnswer(
        rejection.runKey(), run, outcome, AckPolicy.REJECT_AND_ACKNOWLEDGE, journal);
  }

  /**
   * @param remembered whether the run is in the ledger (claimed) and goes to the journal
   */
  private RunAnswer own(Trigger trigger, Instant startedAt, Instant deadline, boolean remembered) {
    String runKey = trigger.runKey().value();
    RunJournal runJournal = remembered ? journal : RunJournal.none();
    if (!lockAccount(deadline)) {
      if (remembered) {
        ledger.abandon(runKey, new IllegalStateException("another run held the account"));
      }
      return RunAnswer.retry(trigger.runKey(), "another run held the account until the deadline");
    }
    try {
      IntentResult result;
      try {
        result = runHandler(trigger, startedAt, deadline);
      } catch (BrokerException e) {
        if (!e.isTransient()) {
          throw e;
        }
        log.warn("Run {} not done, will be retried: {}", runKey, e.getMessage());
        if (remembered) {
          ledger.abandon(runKey, e);
        }
        return RunAnswer.retry(trigger.runKey(), e.getMessage());
      }
      Outcome outcome =
          withProblems(outcome(trigger, result.status(), startedAt), result)
              .result(result.result())
              .build();
      RecordedRun run = new RecordedRun(outcome);
      finish(runKey, run, remembered);
      log.info("Run {} ({}) ended {}", runKey, outcome.intent(), outcome.status().wireName());
      return publishAndAnswer(trigger.runKey(), run, outcome, AckPolicy.ACKNOWLEDGE, runJournal);
    } catch (RuntimeException e) {
      // A bug or a permanent broker refusal: recorded as failed, never retried in a loop.
      log.error("Run {} failed", runKey, e);
      Outcome outcome =
          outcome(trigger, OutcomeStatus.FAILED, startedAt)
              .error(
                  e instanceof BrokerException ? "broker-error" : "internal-error",
                  e.getClass().getSimpleName() + ": " + e.getMessage())
              .build();
      RecordedRun run = new RecordedRun(outcome);
      finish(runKey, run, remembered);
      return publishAndAnswer(trigger.runKey(), run, outcome, AckPolicy.ACKNOWLEDGE, runJournal);
    } finally {
      accountLock.unlock();
    }
  }

  /**
   * A run this process does not know but the journal does (it ended before a restart): now in the
   * ledger as finished, or null.
   */
  private RecordedRun fromJournal(Received delivery) {
    String runKey = delivery.runKey().value();
    RecordedRun run =
        journal
            .find(runKey, delivery.delivery())
            .map(entry -> new RecordedRun(entry.outcome(), entry.published()))
            .orElse(null);
    if (run != null) {
      log.info(
          "Run {} ended {} before a restart: answered from the run journal",
          runKey,
          run.status().wireName());
      ledger.finish(runKey, run);
    }
    return run;
  }

  private void finish(String runKey, RecordedRun run, boolean remembered) {
    Outcome outcome = run.answer();
    if (remembered) {
      // Journaled before followers can see it: their publish marks it published afterwards.
      journal.recorded(outcome);
      ledger.finish(runKey, run);
    }
    metrics.finished(outcome);
    for (OutcomeListener listener : listeners) {
      try {
        listener.finished(outcome);
      } catch (RuntimeException e) {
        log.warn("Outcome listener failed on run {}: {}", runKey, e.toString());
      }
    }
  }

  private IntentResult runHandler(Trigger trigger, Instant startedAt, Instant deadline) {
    IntentHandler handler = handlers.get(trigger.intent());
    if (handler == null) {
      return IntentResult.skipped(
          null,
          new Problem(
              "intent-not-available",
              "no handler for " + trigger.intent().wireName() + " in this version"));
    }
    TradingBlock block = gate.check();
    if (block != null && block.reason().code().equals(TradingGate.ACCOUNT_NOT_MANAGED)) {
      // The gateway answers nothing about an account outside its login, so no handler could even
      // compute what it would do: the refusal is the whole outcome.
      return block.result(null, List.of());
    }
    return handler.run(
        new RunContext(
            trigger.runKey().value(),
            trigger.intent(),
            trigger.options(),
            trigger.delivery(),
            trading.mode(),
            block,
            startedAt,
            deadline,
            clock,
            orderMetrics));
  }

  /** A repeated delivery: the owner's answer once it has one, plus a duplicate notice. */
  private RunAnswer follow(
      Received delivery, Claim.Follower<RecordedRun> follower, Instant deadline) {
    RecordedRun run;
    try {
      run = follower.result().get(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return RunAnswer.retry(delivery.runKey(), "the run is still in progress");
    } catch (ExecutionException e) {
      return RunAnswer.retry(
          delivery.runKey(), "the run failed transiently: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RunAnswer.retry(delivery.runKey(), "interrupted while waiting for the run");
    }
    return answerFinished(delivery, run);
  }

  /** A delivery of a run that ended: its outcome published (if not yet), plus a notice. */
  private RunAnswer answerFinished(Received delivery, RecordedRun run) {
    AckPolicy policy =
        run.status() == OutcomeStatus.REJECTED
            ? AckPolicy.REJECT_AND_ACKNOWLEDGE
            : AckPolicy.ACKNOWLEDGE;
    RunAnswer answer = publishAndAnswer(delivery.runKey(), run, run.answer(), policy, journal);
    if (answer.policy() != AckPolicy.RETRY) {
      publishDuplicateNotice(delivery, run.status());
    }
    return answer;
  }

  /**
   * @param outcome the answer's body: the whole outcome for the delivery that ran it, what the
   *     ledger keeps for a redelivery
   */
  private RunAnswer publishAndAnswer(
      RunKey runKey, RecordedRun run, Outcome outcome, AckPolicy policy, RunJournal runJournal) {
    try {
      run.ensurePublished(publisher, runJournal);
    } catch (OutcomePublishException e) {
      log.warn("Outcome of run {} not published yet: {}", runKey, e.getMessage());
      return RunAnswer.retry(runKey, "outcome not published: " + e.getMessage());
    }
    return new RunAnswer(policy, (ObjectNode) OutcomeJson.toTree(outcome));
  }

  /** Best effort: the run's own outcome is already confirmed, so a lost notice loses nothing. */
  private void publishDuplicateNotice(Received delivery, OutcomeStatus original) {
    Instant at = clock.instant();
    Outcome notice =
        outcome(delivery, OutcomeStatus.DUPLICATE, at)
            .warning(
                "duplicate-delivery",
                "run already ended " + original.wireName() + "; nothing done again")
            .build();
    try {
      publisher.publish(notice);
    } catch (OutcomePublishException e) {
      log.warn("Duplicate notice for run {} not published: {}", notice.runId(), e.getMessage());
    }
  }

  private Outcome.Builder outcome(Received delivery, OutcomeStatus status, Instant startedAt) {
    Delivery d = delivery.delivery();
    return Outcome.builder(delivery.runKey().value(), delivery.intent().wireName())
        .status(status)
        .tradingMode(trading.mode())
        .account(accountOrNull())
        .trigger(
            new OutcomeTrigger(
                d.messageId(), d.publishTime(), d.subscription(), d.deliveryAttempt(), d.source()))
        .startedAt(startedAt)
        .endedAt(laterOf(startedAt, clock.instant()));
  }

  private static Outcome.Builder withProblems(Outcome.Builder builder, IntentResult result) {
    result.warnings().forEach(p -> builder.warning(p.code(), p.message()));
    result.errors().forEach(p -> builder.error(p.code(), p.message()));
    return builder;
  }

  private String accountOrNull() {
    try {
      return broker.account();
    } catch (BrokerException e) {
      return null;
    }
  }

  private boolean lockAccount(Instant deadline) {
    try {
      return accountLock.tryLock(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Duration remaining(Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Instant laterOf(Instant a, Instant b) {
    return b.isBefore(a) ? a : b;
  }
}
