package dev.ibtrading.intents;

import dev.ibtrading.outcome.AllocationResult;
import java.util.List;

/**
 * What an allocation decided before trading: the strategies' signals, the targets of the managed
 * instruments, and one line per order after the caps.
 */
record AllocationPlan(
    List<AllocationResult.Signal> signals,
    List<AllocationResult.Target> targets,
    List<OrderLine> lines) {

  AllocationPlan {
    signals = List.copyOf(signals);
    targets = List.copyOf(targets);
    lines = List.copyOf(lines);
  }

  List<AllocationResult.PlannedOrder> planned(OrderProperties properties) {
    return lines.stream().map(line -> line.planned(properties)).toList();
  }

  List<OrderLine> toPlace() {
    return lines.stream().filter(OrderLine::toPlace).toList();
  }
}
