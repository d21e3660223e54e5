/**
 * What the worker does for each trigger: the run coordinator (one run per run key, serialized per
 * account, outcome published before the push is acknowledged) and one {@link
 * dev.ibtrading.intents.IntentHandler} per intent. Handlers work on the {@link
 * dev.ibtrading.broker.Broker}; the broker is the source of truth, the outcome topic the record.
 */
package dev.ibtrading.intents;
