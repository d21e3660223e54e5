/**
 * Trading strategies: pure functions from completed daily bars and a date to target weights. A
 * {@link dev.ibtrading.strategy.Strategy} never talks to the broker; the caller fetches the bars it
 * asks for, evaluates it, and sizes orders from the {@link
 * dev.ibtrading.strategy.StrategyDecision}. Strategies are Spring beans found by name in the {@link
 * dev.ibtrading.strategy.StrategyRegistry}; their settings bind from {@code strategies.<name>.*}.
 */
package dev.ibtrading.strategy;
