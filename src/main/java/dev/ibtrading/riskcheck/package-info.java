/**
 * The risk-check intent ({@code POST /risk-check}, topic {@code ib-risk-check}): measures daily
 * loss, gross leverage, position losses and margin cushion against their limits, and acts on a
 * breach.
 *
 * <p>{@link dev.ibtrading.riskcheck.RiskCheckHandler} reads the account ({@link
 * dev.ibtrading.riskcheck.RiskMeasurer}), compares it with {@link
 * dev.ibtrading.riskcheck.RiskSettings} ({@link dev.ibtrading.riskcheck.RiskMeasures}), decides one
 * {@link dev.ibtrading.riskcheck.RiskAction} ({@link dev.ibtrading.riskcheck.RiskDecision}) and
 * carries it out ({@link dev.ibtrading.riskcheck.RiskActions}, {@link
 * dev.ibtrading.riskcheck.RiskReduction}). Reference: {@code docs/intents/risk-check.md}.
 */
package dev.ibtrading.riskcheck;
