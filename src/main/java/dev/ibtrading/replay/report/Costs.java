package dev.ibtrading.replay.report;

/**
 * The trading costs a replay charged, as the report states them.
 *
 * @param commission the commission model, as a sentence (e.g. IB fixed: USD 0.005 a share, ...)
 * @param slippageBps market orders filled this many basis points worse than the bar's price
 */
public record Costs(String commission, double slippageBps) {}
