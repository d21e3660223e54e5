package dev.ibtrading.strategy;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Every {@link Strategy} bean, by name. Names are lower-case words with optional hyphens, unique.
 */
@Component
public class StrategyRegistry {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Strategy> byName = new TreeMap<>();

  public StrategyRegistry(List<Strategy> strategies) {
    for (Strategy strategy : strategies) {
      String name = strategy.name();
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalStateException(
            "strategy name '"
                + name
                + "' of "
                + strategy.getClass().getName()
                + " (expected: lower-case letters, digits and inner hyphens)");
      }
      Strategy other = byName.putIfAbsent(name, strategy);
      if (other != null) {
        throw new IllegalStateException(
            "two strategies named '"
                + name
                + "': "
                + other.getClass().getName()
                + " and "
                + strategy.getClass().getName()
                + " (expected: unique names)");
      }
    }
  }

  /**
   * The strategy called {@code name}, exactly as spelled.
   *
   * @throws UnknownStrategyException when there is none; its message lists the known names
   */
  public Strategy get(String name) {
    Strategy strategy = byName.get(name);
    if (strategy == null) {
      throw new UnknownStrategyException(name, byName.keySet());
    }
    return strategy;
  }

  /**
   * The strategies called {@code names}, in that order.
   *
   * @throws UnknownStrategyException for the first unknown name
   */
  public List<Strategy> getAll(Collection<String> names) {
    return names.stream().map(this::get).toList();
  }

  /** The known names, sorted. */
  public Set<String> names() {
    return Collections.unmodifiableSet(byName.keySet());
  }
}
