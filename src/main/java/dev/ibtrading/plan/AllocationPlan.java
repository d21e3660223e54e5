package dev.ibtrading.plan;

import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.orders.PlannedOrder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an allocation decided before trading: the strategies' signals and diagnostics (by strategy
 * name, in run order), the targets of the managed instruments, and one line per order after the
 * caps.
 *
 * @param prices the reference price each target was sized at, by symbol (eod-check values its drift
 *     with them rather than asking for quotes again)
 * @param caps the caps the lines were clipped with, as the outcome lists them
 */
public record AllocationPlan(
    List<Signal> signals,
    Map<String, Map<String, Object>> diagnostics,
    List<Target> targets,
    List<OrderLine> lines,
    Map<String, BigDecimal> prices,
    List<CapInForce> caps) {

  public AllocationPlan {
    signals = List.copyOf(signals);
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    targets = List.copyOf(targets);
    lines = List.copyOf(lines);
    prices = Map.copyOf(prices);
    caps = List.copyOf(caps);
  }

  public List<PlannedOrder> planned(OrderProperties properties) {
    return lines.stream().map(line -> line.planned(properties)).toList();
  }

  public List<OrderLine> toPlace() {
    return lines.stream().filter(OrderLine::toPlace).toList();
  }
}
