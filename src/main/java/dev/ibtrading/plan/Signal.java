package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One strategy's signal for one instrument.
 *
 * @param value the strategy's reading, e.g. 1 long, 0 flat
 */
public record Signal(String strategy, String symbol, BigDecimal value) {
  public Signal {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(value, "value");
  }
}
