package dev.ibtrading.intents;

import dev.ibtrading.outcome.AllocationResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an allocation decided before trading: the strategies' signals and diagnostics (by strategy
 * name, in run order), the targets of the managed instruments, and one line per order after the
 * caps.
 */
record AllocationPlan(
    List<AllocationResult.Signal> signals,
    Map<String, Map<String, Object>> diagnostics,
    List<AllocationResult.Target> targets,
    List<OrderLine> lines) {

  AllocationPlan {
    signals = List.copyOf(signals);
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
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
