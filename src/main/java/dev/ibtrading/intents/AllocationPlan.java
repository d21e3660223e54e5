package dev.ibtrading.intents;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.AllocationResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an allocation decided before trading: the strategies' signals, the targets of the managed
 * instruments, and one line per order after the caps.
 */
record AllocationPlan(
    List<AllocationResult.Signal> signals,
    List<AllocationResult.Target> targets,
    List<Line> lines) {

  AllocationPlan {
    signals = List.copyOf(signals);
    targets = List.copyOf(targets);
    lines = List.copyOf(lines);
  }

  /**
   * One order for one instrument.
   *
   * @param quantity shares to trade after the caps, 0 when refused
   * @param wanted shares before the caps
   * @param price the reference price it was sized at
   * @param cap the cap that clipped or refused it, or null
   */
  record Line(
      Contract contract,
      OrderSide side,
      BigDecimal quantity,
      BigDecimal wanted,
      BigDecimal price,
      String cap) {

    boolean toPlace() {
      return quantity.signum() > 0;
    }

    AllocationResult.PlannedOrder planned(OrderProperties properties) {
      return new AllocationResult.PlannedOrder(
          contract.symbol(),
          side,
          quantity,
          wanted,
          properties.type(),
          properties.limitPrice(contract, side, price),
          price,
          cap);
    }
  }

  List<AllocationResult.PlannedOrder> planned(OrderProperties properties) {
    return lines.stream().map(line -> line.planned(properties)).toList();
  }

  List<Line> toPlace() {
    return lines.stream().filter(Line::toPlace).toList();
  }
}
