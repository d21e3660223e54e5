package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code dummy}: a data-free strategy for tests and demos whose weight is a function of the date
 * alone, cycling through -1, 0, +1 day by day:
 *
 * <pre>weight = floorMod(asOf.toEpochDay(), 3) - 1</pre>
 *
 * so 1970-01-01 is -1, 1970-01-02 is 0, 1970-01-03 is +1, and so on (2024-01-02 is +1). The weight
 * is for {@link DummyProperties#symbol()}; with shorting off (the default) -1 becomes 0.
 * Diagnostics: {@code rule}, {@code epochDay}, {@code signal} (the weight before the shorting
 * rule).
 */
@Component
@EnableConfigurationProperties(DummyProperties.class)
public class DummyStrategy implements Strategy {
  public static final String NAME = "dummy";
  static final String RULE = "floorMod(epochDay, 3) - 1";

  private final Instrument instrument;
  private final boolean allowShort;

  public DummyStrategy(DummyProperties settings) {
    this.instrument = Instrument.usStock(settings.symbol().strip());
    this.allowShort = settings.allowShort();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Instrument> tradedInstruments() {
    return Set.of(instrument);
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
    long signal = Math.floorMod(asOf.toEpochDay(), 3) - 1;
    Map<String, Object> diagnostics = new LinkedHashMap<>();
    diagnostics.put("rule", RULE);
    diagnostics.put("epochDay", asOf.toEpochDay());
    diagnostics.put("signal", signal);
    return StrategyDecision.target(
        TargetWeights.normalize(Map.of(instrument, BigDecimal.valueOf(signal)), allowShort),
        diagnostics);
  }
}
