package dev.ibtrading.strategy;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code spymacdvixy}: SPY's daily MACD (12/26/9, EMAs seeded with the first value) decides between
 * holding SPY (bullish) and hedging with VIXY (bearish), with the weights of {@link
 * SpyMacdVixyProperties}.
 *
 * <p>Input: the latest {@link SpyMacdVixyProperties#bars()} SPY bars that {@link
 * MarketData#barsAsOf} allows for the as-of date (completed sessions only: a 09:30 run decides on
 * yesterday's close). Fewer than {@link SpyMacdVixyProperties#minBars()} gives {@link
 * StrategyDecision.Kind#NOT_ENOUGH_DATA}.
 *
 * <p>Output: a weight for every symbol of either weights map; bullish and bearish use their map,
 * normalized by {@link TargetWeights}; neutral is flat (all 0). Diagnostics, in order: {@code
 * mode}, {@code regime} (bullish, bearish, neutral), {@code macd} and {@code signal} of the last
 * bar, {@code previousMacd} and {@code previousSignal} of the bar before, {@code barsUsed}, {@code
 * firstBarDate}, {@code lastBarDate}, {@code allowShort}. A not-enough-data decision lists {@code
 * mode}, {@code reason}, {@code barsAvailable}, {@code barsRequired} and, if any, {@code
 * lastBarDate}.
 */
@Component
@EnableConfigurationProperties(SpyMacdVixyProperties.class)
public class SpyMacdVixyStrategy implements Strategy {
  public static final String NAME = "spymacdvixy";

  /** The instrument whose closes drive the signal. */
  public static final Instrument SPY = Instrument.usStock("SPY");

  private final SpyMacdVixyProperties settings;
  private final Set<Instrument> traded;

  public SpyMacdVixyStrategy(SpyMacdVixyProperties settings) {
    this.settings = settings;
    Set<Instrument> symbols = new LinkedHashSet<>();
    settings.bullishWeights().keySet().forEach(symbol -> symbols.add(Instrument.usStock(symbol)));
    settings.bearishWeights().keySet().forEach(symbol -> symbols.add(Instrument.usStock(symbol)));
    this.traded = Collections.unmodifiableSet(symbols);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Instrument> tradedInstruments() {
    return traded;
  }

  @Override
  public Set<Instrument> dataInstruments() {
    return Set.of(SPY);
  }

  @Override
  public int requiredBars() {
    return settings.bars();
  }

  @Override
  public StrategyDecision evaluate(MarketData data, LocalDate asOf) {
    List<Bar> usable = data.barsAsOf(SPY, asOf);
    List<Bar> used = usable.subList(Math.max(0, usable.size() - settings.bars()), usable.size());
    if (used.size() < settings.minBars()) {
      return notEnoughData(used, asOf);
    }
    double[] closes = used.stream().mapToDouble(bar -> bar.close().doubleValue()).toArray();
    Macd macd = Macd.of(closes);
    Regime regime = Regime.of(macd, settings.mode());
    int last = macd.size() - 1;

    Map<String, Object> diagnostics = new LinkedHashMap<>();
    diagnostics.put("mode", lowerCase(settings.mode()));
    diagnostics.put("regime", lowerCase(regime));
    diagnostics.put("macd", macd.line(last));
    diagnostics.put("signal", macd.signal(last));
    diagnostics.put("previousMacd", macd.line(last - 1));
    diagnostics.put("previousSignal", macd.signal(last - 1));
    diagnostics.put("barsUsed", used.size());
    diagnostics.put("firstBarDate", used.get(0).date());
    diagnostics.put("lastBarDate", used.get(last).date());
    diagnostics.put("allowShort", settings.allowShort());
    return StrategyDecision.target(
        TargetWeights.normalize(legs(regime), settings.allowShort()), diagnostics);
  }

  private Map<Instrument, BigDecimal> legs(Regime regime) {
    Map<String, BigDecimal> weights =
        switch (regime) {
          case BULLISH -> settings.bullishWeights();
          case BEARISH -> settings.bearishWeights();
          case NEUTRAL -> Map.of();
        };
    Map<Instrument, BigDecimal> legs = new LinkedHashMap<>();
    for (Instrument instrument : traded) {
      legs.put(instrument, weights.getOrDefault(instrument.symbol(), BigDecimal.ZERO));
    }
    return legs;
  }

  private StrategyDecision notEnoughData(List<Bar> used, LocalDate asOf) {
    Map<String, Object> diagnostics = new LinkedHashMap<>();
    diagnostics.put("mode", lowerCase(settings.mode()));
    diagnostics.put(
        "reason",
        "need at least "
            + settings.minBars()
            + " completed SPY daily bars as of "
            + asOf
            + ", have "
            + used.size());
    diagnostics.put("barsAvailable", used.size());
    diagnostics.put("barsRequired", settings.minBars());
    if (!used.isEmpty()) {
      diagnostics.put("lastBarDate", used.get(used.size() - 1).date());
    }
    return StrategyDecision.notEnoughData(diagnostics);
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
