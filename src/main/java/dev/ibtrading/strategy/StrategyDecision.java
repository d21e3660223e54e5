package dev.ibtrading.strategy;

import dev.ibtrading.broker.Instrument;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a strategy wants as of one date.
 *
 * <p>Weights are {@link BigDecimal} fractions of the capital the caller gives the strategy
 * (NetLiquidation x overall exposure x strategy weight): signed, positive long and negative short,
 * with the sum of their absolute values at most 1. BigDecimal keeps them exact where it matters
 * (0.5, 1) and prints them plainly in outcomes; strategies round other quotients toward zero so the
 * sum never exceeds 1.
 *
 * @param kind whether there are targets at all
 * @param weights for {@link Kind#TARGET}: one weight per traded instrument of the strategy, 0
 *     meaning no position; for {@link Kind#NOT_ENOUGH_DATA}: empty
 * @param diagnostics what the decision was based on, in a stable order, for the outcome record:
 *     strings, numbers, booleans and dates
 */
public record StrategyDecision(
    Kind kind, Map<Instrument, BigDecimal> weights, Map<String, Object> diagnostics) {

  /** Whether a decision carries targets. */
  public enum Kind {
    /** Hold exactly {@link #weights()}: flat where the weight is 0. */
    TARGET,
    /**
     * The strategy cannot decide (too few bars): the caller must not trade this strategy's
     * instruments on it, neither towards a target nor flat. Distinct from a neutral signal, which
     * is a {@link #TARGET} of zeros.
     */
    NOT_ENOUGH_DATA
  }

  public StrategyDecision {
    Objects.requireNonNull(kind, "kind");
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    weights.forEach((instrument, weight) -> Objects.requireNonNull(weight, "weight"));
    diagnostics.forEach((key, value) -> Objects.requireNonNull(value, key));
    if (kind == Kind.NOT_ENOUGH_DATA && !weights.isEmpty()) {
      throw new IllegalArgumentException(
          "a NOT_ENOUGH_DATA decision has weights " + weights + " (expected: none)");
    }
    BigDecimal gross =
        weights.values().stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (gross.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "weights " + weights + " sum to " + gross + " in absolute value (expected: <= 1)");
    }
  }

  /** Targets: {@code weights} must cover every traded instrument of the strategy. */
  public static StrategyDecision target(
      Map<Instrument, BigDecimal> weights, Map<String, Object> diagnostics) {
    return new StrategyDecision(Kind.TARGET, weights, diagnostics);
  }

  /** No decision for lack of data; {@code diagnostics} should say what was missing. */
  public static StrategyDecision notEnoughData(Map<String, Object> diagnostics) {
    return new StrategyDecision(Kind.NOT_ENOUGH_DATA, Map.of(), diagnostics);
  }

  /** The weight of {@code instrument}; 0 for one without a weight. */
  public BigDecimal weight(Instrument instrument) {
    return weights.getOrDefault(instrument, BigDecimal.ZERO);
  }
}
