/**
 * The cash-balancer intent ({@code POST /cash-balancer}): converts cash held in other currencies
 * back to the account's base currency, above a threshold, with IB's currency conversion orders.
 *
 * <p>{@link dev.ibtrading.cashbalancer.CashBalancerHandler} checks the run, {@link
 * dev.ibtrading.cashbalancer.ConversionPlanner} decides one conversion per currency from the
 * broker's cash balances and rates, naming each pair as IB does ({@link
 * dev.ibtrading.broker.CurrencyPairs}), and {@link dev.ibtrading.cashbalancer.CashBalancerTrades}
 * places them. Reference: {@code docs/intents/cash-balancer.md}.
 */
package dev.ibtrading.cashbalancer;
