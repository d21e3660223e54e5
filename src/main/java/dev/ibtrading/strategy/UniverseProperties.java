package dev.ibtrading.strategy;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which positions this worker manages, bound from {@code universe.*}.
 *
 * @param strategies the strategies this worker runs (e.g. {@code universe.strategies=spymacdvixy});
 *     their traded instruments are the managed universe, the only positions risk-check, eod-check
 *     and close-all act on, and allocations may name no other strategy. Empty (the default) means
 *     every registered strategy.
 */
@ConfigurationProperties("universe")
public record UniverseProperties(List<String> strategies) {

  public UniverseProperties {
    strategies = strategies == null ? List.of() : List.copyOf(strategies);
  }
}
