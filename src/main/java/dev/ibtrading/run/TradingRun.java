package dev.ibtrading.run;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The run of an intent that places or cancels orders, in the order every such intent keeps (the
 * {@link IntentHandler} contract): the broker is asked for an earlier attempt of the run key first,
 * and a redelivery that finds one reports it and does nothing again; a run the {@link TradingGate}
 * blocks (kill switch, refused account) ends with its {@link TradingBlock}, a dry run or a run with
 * nothing to do ends {@code ok}, each reporting what it decided; only then does the intent trade.
 * The intent supplies what is its own: what it reads, what it reports of an earlier attempt, what
 * it decides and how it trades.
 *
 * <p>What an intent checks before (its options, the exchange calendar) stays in its handler: such a
 * run ends before it looks at the broker.
 *
 * @param <R> what the run reads before it knows whether an earlier attempt exists
 */
public final class TradingRun<R> {
  private final Supplier<R> read;
  private final BiFunction<R, EarlierAttempt, JsonNode> earlierAttempt;
  private final Function<EarlierAttempt, List<Problem>> earlierAttemptErrors;
  private final Function<R, Decision> decide;

  private TradingRun(
      Supplier<R> read,
      BiFunction<R, EarlierAttempt, JsonNode> earlierAttempt,
      Function<EarlierAttempt, List<Problem>> earlierAttemptErrors,
      Function<R, Decision> decide) {
    this.read = read;
    this.earlierAttempt = earlierAttempt;
    this.earlierAttemptErrors = earlierAttemptErrors;
    this.decide = decide;
  }

  /**
   * A run that first reads what both an earlier attempt's report and the decision need. The read
   * sends nothing that changes the account, so it may throw a transient {@code BrokerException}.
   */
  public static <R> TradingRun<R> reading(Supplier<R> read) {
    return new TradingRun<>(Objects.requireNonNull(read), null, earlier -> List.of(), null);
  }

  /** What the intent reports of an earlier attempt of the run it found, having done nothing. */
  public TradingRun<R> earlierAttempt(BiFunction<R, EarlierAttempt, JsonNode> report) {
    return new TradingRun<>(read, report, earlierAttemptErrors, decide);
  }

  /** The errors the report of an earlier attempt carries; none unless given. */
  public TradingRun<R> earlierAttemptErrors(Function<EarlierAttempt, List<Problem>> errors) {
    return new TradingRun<>(read, earlierAttempt, errors, decide);
  }

  /** What the run decides to trade from what it read; sends nothing that changes the account. */
  public TradingRun<R> deciding(Function<R, Decision> decision) {
    return new TradingRun<>(read, earlierAttempt, earlierAttemptErrors, decision);
  }

  /**
   * Runs it for {@code context}: looks for an earlier attempt, reads, reports the earlier attempt
   * or decides, then ends as {@link #trade} says.
   *
   * @param warnings the run's warnings so far; the intent's steps add theirs to the same list, and
   *     the answer carries them all
   */
  public IntentResult run(
      Broker broker, RunContext context, boolean dryRun, List<Problem> warnings) {
    Objects.requireNonNull(earlierAttempt, "earlierAttempt");
    Objects.requireNonNull(decide, "deciding");
    EarlierAttempt earlier = EarlierAttempt.find(broker, context.runKey());
    R readings = read.get();
    if (!earlier.isEmpty()) {
      JsonNode result = earlierAttempt.apply(readings, earlier);
      return earlier.reported(
          context.runKey(), result, warnings, earlierAttemptErrors.apply(earlier));
    }
    return trade(context, dryRun, decide.apply(readings), warnings);
  }

  /**
   * The end of a trading run: with the {@link TradingGate} closed (kill switch, refused account)
   * the {@link TradingBlock}'s answer, on a dry run or with nothing to do {@code ok}, both with
   * what the run would do; otherwise the decision traded.
   */
  public static IntentResult trade(
      RunContext context, boolean dryRun, Decision decision, List<Problem> warnings) {
    if (!context.tradingEnabled()) {
      return context.tradingBlock().result(decision.wouldDo().get(), warnings);
    }
    if (dryRun || decision.nothingToDo()) {
      return new IntentResult(OutcomeStatus.OK, decision.wouldDo().get(), warnings, null);
    }
    return decision.trade().get();
  }

  /**
   * What a run decided, before it trades.
   *
   * @param wouldDo the result of a run that decided this and traded nothing (blocked, dry, nothing
   *     to do); it may add warnings
   * @param nothingToDo true when trading it would send nothing: the run ends {@code ok} untraded
   * @param trade trades it; never throws once something may have been sent
   */
  public record Decision(
      Supplier<JsonNode> wouldDo, boolean nothingToDo, Supplier<IntentResult> trade) {
    public Decision {
      Objects.requireNonNull(wouldDo, "wouldDo");
      Objects.requireNonNull(trade, "trade");
    }

    /** A decision that is traded even when it places nothing (cancels may still be due). */
    public static Decision of(Supplier<JsonNode> wouldDo, Supplier<IntentResult> trade) {
      return new Decision(wouldDo, false, trade);
    }
  }
}
