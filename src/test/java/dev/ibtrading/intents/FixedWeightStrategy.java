package dev.ibtrading.intents;

import dev.ibtrading.broker.Instrument;
import dev.ibtrading.strategy.MarketData;
import dev.ibtrading.strategy.Strategy;
import dev.ibtrading.strategy.StrategyDecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A test strategy that always wants the same weights. */
record FixedWeightStrategy(String name, Map<Instrument, BigDecimal> weights) implements Strategy {
  FixedWeightStrategy {
    weights = new LinkedHashMap<>(weights);
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
