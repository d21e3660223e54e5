package dev.ibtrading.strategy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the {@code spymacdvixy} strategy, bound from {@code strategies.spymacdvixy.*}.
 *
 * <p>Weights are relative, per symbol (US stocks via SMART routing): the strategy divides each by
 * the sum of the absolute weights of its regime, so {@code SPY=-1, VIXY=1} means half of the
 * strategy's capital short SPY and half long VIXY. Symbols are matched case-insensitively. Setting
 * any key of a weights map replaces that whole default map, e.g. {@code
 * strategies.spymacdvixy.bullish-weights.QQQ=1} alone trades only QQQ when bullish. Environment
 * variables bind too: {@code STRATEGIES_SPYMACDVIXY_MODE=crossover}.
 *
 * @param mode {@code level} (default): the regime follows the MACD's level against its signal line
 *     and holds until it changes; {@code crossover}: the original's signal only on the bar of a
 *     crossover, neutral (flat) otherwise. See {@link MacdMode}
 * @param allowShort whether negative weights are traded; false (default) turns them into 0 after
 *     normalization, leaving the other legs at their normalized weight
 * @param bars how many of the latest completed SPY daily bars the MACD is computed over, and how
 *     many the caller fetches (default 200, as the original); fixed so that the first-value seeding
 *     gives the same result whoever calls
 * @param minBars fewer usable bars than this gives a not-enough-data decision that trades nothing
 *     (default 35: one slow EMA period of 26 plus one signal period of 9)
 * @param bullishWeights leg weights when bullish (default {@code SPY=1, VIXY=0})
 * @param bearishWeights leg weights when bearish (default {@code SPY=-1, VIXY=1})
 */
@ConfigurationProperties("strategies.spymacdvixy")
@Validated
public record SpyMacdVixyProperties(
    @DefaultValue("level") @NotNull MacdMode mode,
    boolean allowShort,
    @DefaultValue("200") @Min(2) @Max(5000) int bars,
    @DefaultValue("35") @Min(2) int minBars,
    Map<String, BigDecimal> bullishWeights,
    Map<String, BigDecimal> bearishWeights) {

  public SpyMacdVixyProperties {
    bullishWeights =
        bySymbol(bullishWeights == null ? weights("SPY", "1", "VIXY", "0") : bullishWeights);
    bearishWeights =
        bySymbol(bearishWeights == null ? weights("SPY", "-1", "VIXY", "1") : bearishWeights);
  }

  /** Validation hook: the minimum must be reachable with the bars fetched. */
  @AssertTrue(
      message = "strategies.spymacdvixy.min-bars must not exceed strategies.spymacdvixy.bars")
  public boolean isMinBarsWithinBars() {
    return minBars <= bars;
  }

  /** Validation hook: every weight must be set. */
  @AssertTrue(message = "strategies.spymacdvixy weights must have a value for every symbol")
  public boolean isEveryWeightSet() {
    return !bullishWeights.containsValue(null) && !bearishWeights.containsValue(null);
  }

  private static Map<String, BigDecimal> weights(String s1, String w1, String s2, String w2) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put(s1, new BigDecimal(w1));
    weights.put(s2, new BigDecimal(w2));
    return weights;
  }

  private static Map<String, BigDecimal> bySymbol(Map<String, BigDecimal> weights) {
    Map<String, BigDecimal> upper = new LinkedHashMap<>();
    weights.forEach((symbol, weight) -> upper.put(symbol.strip().toUpperCase(Locale.ROOT), weight));
    return Collections.unmodifiableMap(upper);
  }
}
