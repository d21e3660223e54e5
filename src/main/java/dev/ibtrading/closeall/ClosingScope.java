package dev.ibtrading.closeall;

import dev.ibtrading.broker.Position;
import dev.ibtrading.strategy.ManagedUniverse;
import java.util.List;

/**
 * Which positions a close-all closes: those in the managed universe (scope {@code own}) or every
 * position of the account ({@code all}). The others are left alone.
 */
record ClosingScope(CloseAllScope scope, ManagedUniverse universe) {

  /** The non-zero positions in scope. */
  List<Position> closing(List<Position> positions) {
    return scope == CloseAllScope.ALL
        ? positions.stream().filter(p -> p.quantity().signum() != 0).toList()
        : universe.managed(positions);
  }

  /** The non-zero positions outside the scope. */
  List<Position> leftAlone(List<Position> positions) {
    List<Position> closing = closing(positions);
    return positions.stream()
        .filter(p -> p.quantity().signum() != 0 && !closing.contains(p))
        .toList();
  }
}
