package dev.ibtrading.trigger;

/**
 * Runs what the push edge received. The edge has parsed, validated and authenticated the request
 * and derived its {@link RunKey}; the handler owns everything after that: one run per run key, the
 * outcome, and the answer.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Idempotent per run key: the same run key may arrive many times, concurrently or later
 *       (Pub/Sub delivers at least once). A duplicate must never trade again; it answers with the
 *       recorded outcome of the run.
 *   <li>{@link AckPolicy#ACKNOWLEDGE} or {@link AckPolicy#REJECT_AND_ACKNOWLEDGE} only once the
 *       outcome is published and confirmed; {@link AckPolicy#RETRY} when that, or the run, failed
 *       transiently.
 *   <li>Answer within the push subscription's ack deadline; past it, Pub/Sub delivers again while
 *       the first run may still be going.
 *   <li>Never return null. An exception is logged by the edge and answered 503 (retried), so it
 *       must leave nothing half done that a retry would repeat.
 *   <li>The answer's body is JSON for the caller and ends up in logs: no secrets.
 * </ul>
 */
public interface TriggerHandler {

  /**
   * Runs a valid trigger, or answers a duplicate.
   *
   * @return how to acknowledge, with the outcome as body
   */
  RunAnswer handle(Trigger trigger);

  /**
   * Runs a trigger that no delivery can repeat: its run key was generated for this one request
   * ({@code GET /summary}), so there is nothing to remember for duplicates. By default the same as
   * {@link #handle}.
   */
  default RunAnswer handleOnce(Trigger trigger) {
    return handle(trigger);
  }

  /**
   * Records a message that can never succeed as a {@code rejected} outcome and acknowledges it,
   * normally with {@link AckPolicy#REJECT_AND_ACKNOWLEDGE}; {@link AckPolicy#RETRY} only when the
   * outcome could not be published.
   */
  RunAnswer reject(Rejection rejection);
}
