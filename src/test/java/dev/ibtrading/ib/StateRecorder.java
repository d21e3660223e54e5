package dev.ibtrading.ib;

import static org.awaitility.Awaitility.await;

import dev.ibtrading.broker.ConnectionState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

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

  /**
   * The first change that matches, waiting up to 20 s for it: listeners hear of a change just after
   * {@link IbClient#state()} shows it.
   */
  StateChange awaitChange(Predicate<StateChange> matching) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> changes.stream().filter(matching).findFirst(), Optional::isPresent)
        .orElseThrow();
  }
}
