package dev.ibtrading.ib;

import dev.ibtrading.broker.ConnectionState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A state listener that keeps every change, for asserting the order they came in. */
final class StateRecorder implements Consumer<StateChange> {
  private final List<StateChange> changes = new CopyOnWriteArrayList<>();

  @Override
  public void accept(StateChange change) {
    changes.add(change);
  }

  List<StateChange> changes() {
    return List.copyOf(changes);
  }

  List<ConnectionState> states() {
    return changes.stream().map(StateChange::current).toList();
  }

  StateChange last() {
    List<StateChange> all = changes();
    return all.get(all.size() - 1);
  }
}
