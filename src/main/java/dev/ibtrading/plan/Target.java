package dev.ibtrading.plan;

import java.math.BigDecimal;
import java.util.Objects;

/** Where a position stood and where the run wanted it, in shares. */
public record Target(String symbol, BigDecimal currentQuantity, BigDecimal targetQuantity) {
  public Target {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(currentQuantity, "currentQuantity");
    Objects.requireNonNull(targetQuantity, "targetQuantity");
  }
}
