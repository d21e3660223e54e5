/**
 * One run per trigger: the {@link dev.ibtrading.run.RunCoordinator} (one run per run key,
 * serialized per account, outcome published before the push is acknowledged), the ledger and the
 * durable journal of finished runs, the {@link dev.ibtrading.run.TradingGate} (kill switch, paper
 * or live account), the {@link dev.ibtrading.run.IntentHandler} contract each intent implements and
 * the {@link dev.ibtrading.run.TradingRun} the trading intents' handlers share (earlier attempt,
 * trading gate, dry run, then the intent's own trading). Handlers work on the {@link
 * dev.ibtrading.broker.Broker}; the broker is the source of truth, the outcome topic the record.
 */
package dev.ibtrading.run;
