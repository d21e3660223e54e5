package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A test strategy that needs no data and always wants the same weights, its instruments in the
 * order of {@code weights}: an ordered map when there are several ({@link #inOrder}), since a
 * {@code Map.of} iterates in a hash order that changes between JVM runs, and that order would reach
 * the plan's targets and outcomes.
 */
public record FixedWeightStrategy(String name, Map<Instrument, BigDecimal> weights)
    implements Strategy {
  public FixedWeightStrategy {
    if (weights.size() > 1 && !(weights instanceof LinkedHashMap || weights instanceof SortedMap)) {
      throw new IllegalArgumentException(
          "weights of several instruments in a "
              + weights.getClass().getSimpleName()
              + " (expected: an ordered map, e.g. FixedWeightStrategy.inOrder)");
    }
    weights = new LinkedHashMap<>(weights);
  }

  /** The strategy with weights given as symbol, weight, symbol, weight, ... in that order. */
  public static FixedWeightStrategy inOrder(String name, String... symbolsAndWeights) {
    if (symbolsAndWeights.length % 2 != 0) {
      throw new IllegalArgumentException("symbols and weights come in pairs");
    }
    Map<Instrument, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < symbolsAndWeights.length; i += 2) {
      weights.put(
          Instrument.usStock(symbolsAndWeights[i]), new BigDecimal(symbolsAndWeights[i + 1]));
    }
    return new FixedWeightStrategy(name, weights);
  }

  @Override
  public Set<Instrument> tradedInstruments() {
    return weights.keySet();
  }

  @Override
  public Set<Instrument> dataInstruments() {
    return Set.of();
  }

  @Override
  public int requiredBars() {
    return 0;
  }

  @Override
  public StrategyDecision evaluate(MarketData data, LocalDate asOf) {
    return StrategyDecision.target(weights, Map.of("rule", "fixed"));
  }
}
