package dev.ibtrading.status;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The outcomes of this process's last runs, at most {@code capacity}, the oldest forgotten first:
 * fed by the run coordinator as each run ends, read by the status page. In memory only, so a
 * restart starts it empty; the outcome topic is the record.
 */
final class RecentOutcomes implements OutcomeListener {
  private final int capacity;
  private final Deque<Outcome> outcomes = new ArrayDeque<>();

  RecentOutcomes(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity: " + capacity + " (expected: >= 1)");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized void finished(Outcome outcome) {
    outcomes.addFirst(outcome);
    while (outcomes.size() > capacity) {
      outcomes.removeLast();
    }
  }

  /** The remembered outcomes, the latest run first. */
  synchronized List<Outcome> newestFirst() {
    return List.copyOf(outcomes);
  }
}
