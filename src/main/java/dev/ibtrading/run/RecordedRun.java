package dev.ibtrading.run;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomePublisher;

/**
 * A finished run as the ledger remembers it: its outcome, and whether Pub/Sub confirmed it. A run
 * whose outcome could not be published is still finished (it must not trade again); its redelivery
 * publishes the same outcome.
 */
final class RecordedRun {
  private final Outcome outcome;
  private boolean published;

  RecordedRun(Outcome outcome) {
    this(outcome, false);
  }

  /**
   * @param published true when Pub/Sub already confirmed {@code outcome} (a run from the {@link
   *     RunJournal})
   */
  RecordedRun(Outcome outcome, boolean published) {
    this.outcome = outcome;
    this.published = published;
  }

  Outcome outcome() {
    return outcome;
  }

  /**
   * Publishes the outcome unless that already succeeded, and then tells {@code journal}.
   *
   * @throws dev.ibtrading.outcome.OutcomePublishException when Pub/Sub did not confirm it
   */
  synchronized void ensurePublished(OutcomePublisher publisher, RunJournal journal) {
    if (!published) {
      publisher.publish(outcome);
      published = true;
      journal.published(outcome);
    }
  }
}
