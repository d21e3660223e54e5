package dev.ibtrading.run;

import dev.ibtrading.trigger.Intent;

/**
 * Runs one intent for one trigger. The {@link RunCoordinator} calls it at most once at a time per
 * account, never twice for one run key in this process, and publishes what it returns.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Throw a transient {@link dev.ibtrading.broker.BrokerException} only while nothing has been
 *       sent to the broker that changes the account (orders, cancels): the trigger is then retried
 *       and the retry starts over. Once something was sent, always return a result, with status
 *       {@code partial} or {@code failed} and the errors, never throw.
 *   <li>Orders carry the run key in {@code orderRef}, and a run first looks for the broker's open
 *       orders and today's executions with its run key: a redelivery after a restart reports them
 *       instead of placing again.
 *   <li>Finish by {@link RunContext#deadline()}: stop waiting (for fills, say) and report what is
 *       still open.
 *   <li>When {@link RunContext#tradingEnabled()} is false (kill switch off, or an account the
 *       {@link TradingGate} refused) compute and report, place and cancel nothing, and end with
 *       {@link TradingBlock#result}. (A run for an account the gateway does not manage never
 *       reaches a handler: nothing of that account can be read.)
 *   <li>Results and problems are published: no secrets.
 * </ul>
 */
public interface IntentHandler {
  /** The intent this handler runs; each intent has exactly one handler. */
  Intent intent();

  /** Runs the trigger and says what it decided and did. */
  IntentResult run(RunContext context);
}
