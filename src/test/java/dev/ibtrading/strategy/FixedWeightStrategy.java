package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A test strategy that needs no data and always wants the same weights. */
public record FixedWeightStrategy(String name, Map<Instrument, BigDecimal> weights)
    implements Strategy {
  public FixedWeightStrategy {
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
