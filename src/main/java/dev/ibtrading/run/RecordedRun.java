package dev.ibtrading.run;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomePublisher;
import dev.ibtrading.outcome.OutcomeStatus;

/**
 * A finished run as the ledger remembers it: what its redeliveries need. That is the whole outcome
 * until Pub/Sub confirmed it (a redelivery publishes it), and afterwards while the ledger's byte
 * budget allows; then only a compact answer, the outcome without its {@code result}, which may be
 * large (a summary lists the day's executions) and is on the outcome topic already. A run whose
 * outcome could not be published is still finished (it must not trade again); its redelivery
 * publishes the same outcome.
 */
final class RecordedRun {
  private final OutcomeStatus status;
  private final Outcome compact;
  private final long compactBytes;
  private final long wholeBytes;
  private Outcome whole;
  private boolean published;

  RecordedRun(Outcome outcome) {
    this(outcome, false);
  }

  /**
   * @param published true when Pub/Sub already confirmed {@code outcome} (a run from the {@link
   *     RunJournal})
   */
  RecordedRun(Outcome outcome, boolean published) {
    this.status = outcome.status();
    this.whole = outcome;
    this.compact = withoutResult(outcome);
    this.compactBytes = OutcomeJson.write(compact).length;
    this.wholeBytes = compact == outcome ? 0 : OutcomeJson.write(outcome).length;
    this.published = published;
  }

  OutcomeStatus status() {
    return status;
  }

  /** What a redelivery answers: the whole outcome while it is kept, else the compact one. */
  synchronized Outcome answer() {
    return whole != null ? whole : compact;
  }

  /** What this run holds, in bytes of its JSON: the ledger's measure of it. */
  synchronized long retainedBytes() {
    return compactBytes + (whole != null ? wholeBytes : 0);
  }

  /**
   * Lets go of the whole outcome once it is published (redeliveries then answer the compact one);
   * an unpublished outcome is kept, a redelivery must publish it.
   */
  synchronized void shrink() {
    if (published) {
      whole = null;
    }
  }

  /**
   * Publishes the outcome unless that already succeeded, and then tells {@code journal}.
   *
   * @throws dev.ibtrading.outcome.OutcomePublishException when Pub/Sub did not confirm it
   */
  synchronized void ensurePublished(OutcomePublisher publisher, RunJournal journal) {
    if (!published) {
      publisher.publish(whole);
      published = true;
      journal.published(whole);
    }
  }

  private static Outcome withoutResult(Outcome outcome) {
    if (outcome.result() == null) {
      return outcome;
    }
    return new Outcome(
        outcome.schemaVersion(),
        outcome.runId(),
        outcome.intent(),
        outcome.status(),
        outcome.tradingMode(),
        outcome.account(),
        outcome.trigger(),
        outcome.startedAt(),
        outcome.endedAt(),
        null,
        outcome.warnings(),
        outcome.errors());
  }
}
