/**
 * The end-of-day reconciliation ({@code POST /eod-check}, topic {@code ib-reconciliation}):
 * compares positions with today's targets, lists the day's fills, cancels this worker's leftover
 * orders and, when asked, flattens the managed positions.
 *
 * <p>{@link dev.ibtrading.eodcheck.EodCheckHandler} runs it; {@link
 * dev.ibtrading.eodcheck.EodReconciliation} recomputes the targets with the same {@link
 * dev.ibtrading.plan.AllocationPlanner} an allocation uses and measures the drift ({@link
 * dev.ibtrading.eodcheck.DriftReport}); {@link dev.ibtrading.eodcheck.Flattener} closes positions.
 * Reference: {@code docs/intents/eod-check.md}.
 */
package dev.ibtrading.eodcheck;
