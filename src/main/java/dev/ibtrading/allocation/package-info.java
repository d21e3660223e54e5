/**
 * The allocation intent ({@code POST /allocation}, topic {@code ib-allocation}): trades the managed
 * instruments to the requested strategies' targets.
 *
 * <p>{@link dev.ibtrading.allocation.AllocationOptions} says which strategies; {@link
 * dev.ibtrading.allocation.AllocationHandler} checks the trading day and an earlier attempt of the
 * same run, asks {@link dev.ibtrading.plan.AllocationPlanner} for the plan (targets and capped
 * orders, shared with eod-check), places its orders through {@link
 * dev.ibtrading.orders.OrderPlacer} and reports an {@link
 * dev.ibtrading.allocation.AllocationResult}. Reference: {@code docs/intents/allocation.md}.
 */
package dev.ibtrading.allocation;
