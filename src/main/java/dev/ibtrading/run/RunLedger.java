package dev.ibtrading.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * One run per run key in this process: the first delivery of a key owns the run, every other
 * delivery (concurrent or later) follows it and gets the same answer. Pub/Sub delivers at least
 * once, and acknowledging any delivery acknowledges the message, so a follower must never answer
 * before the owner: it waits for the owner's result and mirrors it, failure included.
 *
 * <p>A finished run is remembered for {@code retention} (at most {@code capacity} runs, oldest
 * forgotten first), long enough to cover Pub/Sub's redeliveries. Together the finished runs weigh
 * at most {@code budget}: over it the oldest are first shrunk (an answer lets go of what a
 * redelivery can do without), then forgotten. A count alone does not bound memory: answers differ
 * in size by orders of magnitude. A run that failed transiently is forgotten at once so that the
 * redelivery runs it again. What survives a restart is not this ledger but the broker's orders,
 * which carry the run key (see the handlers).
 *
 * @param <R> the answer of a run
 */
final class RunLedger<R> {
  /**
   * The answer to {@link #claim}: run it yourself, or wait for the run that already has the key.
   */
  sealed interface Claim<R> {
    /** This delivery owns the run and must end it with {@link #finish} or {@link #abandon}. */
    record Owner<R>(String runKey) implements Claim<R> {}

    /**
     * Another delivery owns the run. {@code result} completes with its answer, or exceptionally
     * when the owner abandoned it; {@code finished} is true when the run had already ended.
     */
    record Follower<R>(String runKey, CompletableFuture<R> result, boolean finished)
        implements Claim<R> {}
  }

  /** A run: running while {@code finishedAt} is null, else finished with {@code answer}. */
  private record Entry<R>(CompletableFuture<R> result, Instant finishedAt, R answer) {}

  private final int capacity;
  private final long budget;
  private final ToLongFunction<R> weigher;
  private final Consumer<R> shrinker;
  private final Duration retention;
  private final Clock clock;
  private final Map<String, Entry<R>> runs = new LinkedHashMap<>();

  /** A ledger bounded by count only. */
  RunLedger(int capacity, Duration retention, Clock clock) {
    this(capacity, Long.MAX_VALUE, answer -> 0, answer -> {}, retention, clock);
  }

  /**
   * @param budget how much the finished runs may weigh together
   * @param weigher an answer's weight, read at every clean-up: it may change over time
   * @param shrinker makes an answer lighter, if it can, before the run is forgotten for weight
   */
  RunLedger(
      int capacity,
      long budget,
      ToLongFunction<R> weigher,
      Consumer<R> shrinker,
      Duration retention,
      Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: " + capacity + " (expected: >= 1)");
    }
    if (budget < 1) {
      throw new IllegalArgumentException("budget: " + budget + " (expected: >= 1)");
    }
    this.capacity = capacity;
    this.budget = budget;
    this.weigher = weigher;
    this.shrinker = shrinker;
    this.retention = retention;
    this.clock = clock;
  }

  /** Takes the run key, or joins the run that has it. */
  synchronized Claim<R> claim(String runKey) {
    forgetExpired();
    Entry<R> entry = runs.get(runKey);
    if (entry != null) {
      return new Claim.Follower<>(runKey, entry.result(), entry.finishedAt() != null);
    }
    runs.put(runKey, new Entry<>(new CompletableFuture<>(), null, null));
    return new Claim.Owner<>(runKey);
  }

  /** The owner's run ended with {@code answer}: followers get it, later deliveries too. */
  void finish(String runKey, R answer) {
    CompletableFuture<R> result;
    synchronized (this) {
      Entry<R> entry = owned(runKey);
      result = entry.result();
      runs.put(runKey, new Entry<>(result, clock.instant(), answer));
      forgetExpired();
    }
    result.complete(answer);
  }

  /**
   * The owner's run failed transiently: followers fail with {@code cause}, and the key is free for
   * the redelivery to run again.
   */
  void abandon(String runKey, Throwable cause) {
    CompletableFuture<R> result;
    synchronized (this) {
      result = owned(runKey).result();
      runs.remove(runKey);
    }
    result.completeExceptionally(cause);
  }

  /** Runs remembered now, running or finished. */
  synchronized int size() {
    return runs.size();
  }

  /** What the finished runs weigh together now. */
  synchronized long weight() {
    long total = 0;
    for (Entry<R> entry : runs.values()) {
      total += weight(entry);
    }
    return total;
  }

  private long weight(Entry<R> entry) {
    return entry.finishedAt() == null ? 0 : weigher.applyAsLong(entry.answer());
  }

  private Entry<R> owned(String runKey) {
    Entry<R> entry = runs.get(runKey);
    if (entry == null || entry.finishedAt() != null) {
      throw new IllegalStateException("run " + runKey + " is not running (expected: claimed)");
    }
    return entry;
  }

  /**
   * Drops finished runs past their retention and the oldest finished ones over capacity; then,
   * while over budget, shrinks the oldest finished ones, and forgets them if that is not enough.
   */
  private void forgetExpired() {
    Instant horizon = clock.instant().minus(retention);
    int excess = runs.size() - capacity;
    for (Iterator<Entry<R>> it = runs.values().iterator(); it.hasNext(); ) {
      Instant finishedAt = it.next().finishedAt();
      if (finishedAt != null && (finishedAt.isBefore(horizon) || excess > 0)) {
        it.remove();
        excess--;
      }
    }
    long overweight = weight() - budget;
    for (Iterator<Entry<R>> it = runs.values().iterator(); overweight > 0 && it.hasNext(); ) {
      Entry<R> entry = it.next();
      if (entry.finishedAt() != null) {
        long before = weight(entry);
        shrinker.accept(entry.answer());
        overweight -= before - weight(entry);
      }
    }
    for (Iterator<Entry<R>> it = runs.values().iterator(); overweight > 0 && it.hasNext(); ) {
      Entry<R> entry = it.next();
      if (entry.finishedAt() != null) {
        overweight -= weight(entry);
        it.remove();
      }
    }
  }
}
