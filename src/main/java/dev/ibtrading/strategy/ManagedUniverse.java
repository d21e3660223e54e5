package dev.ibtrading.strategy;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The instruments this worker manages: those its strategies trade. A position in anything else was
 * opened by hand or by another tool, and no intent ever trades or closes it.
 *
 * <p>Instruments match by symbol and currency: the broker qualifies {@code SPY} to a contract with
 * its primary exchange filled in, and that is still the strategy's {@code SPY}.
 */
public final class ManagedUniverse {
  private final List<Strategy> strategies;
  private final Set<Instrument> instruments = new LinkedHashSet<>();

  /**
   * @throws dev.ibtrading.strategy.UnknownStrategyException when a configured name is unknown, so
   *     the worker does not start with a universe it cannot compute
   */
  public ManagedUniverse(StrategyRegistry registry, UniverseProperties properties) {
    Collection<String> names =
        properties.strategies().isEmpty() ? registry.names() : properties.strategies();
    this.strategies = registry.getAll(names);
    strategies.forEach(s -> instruments.addAll(s.tradedInstruments()));
  }

  /** The strategies this worker runs, as configured. */
  public List<Strategy> strategies() {
    return strategies;
  }

  /** The names of {@link #strategies()}. */
  public List<String> strategyNames() {
    return strategies.stream().map(Strategy::name).toList();
  }

  public Set<Instrument> instruments() {
    return Set.copyOf(instruments);
  }

  public boolean contains(Contract contract) {
    return instruments.stream()
        .anyMatch(
            i -> i.symbol().equals(contract.symbol()) && i.currency().equals(contract.currency()));
  }

  /** The positions in managed instruments, non-zero ones only. */
  public List<Position> managed(List<Position> positions) {
    return positions.stream()
        .filter(p -> p.quantity().signum() != 0 && contains(p.contract()))
        .toList();
  }

  /** The orders in managed instruments: stock orders only, an option on SPY is no SPY order. */
  public List<OrderReport> managedOrders(List<OrderReport> orders) {
    return orders.stream()
        .filter(o -> o.description().isStock() && contains(o.description().contract()))
        .toList();
  }
}
