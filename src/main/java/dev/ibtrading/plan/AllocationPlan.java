package dev.ibtrading.plan;

import dev.ibtrading.broker.FxRate;
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
 * @param prices the reference price each target was sized at, by symbol, in the instrument's own
 *     currency (its contract's)
 * @param basePrices the same prices converted to the account's base currency at {@code fxRates}:
 *     what targets, caps and eod-check's drift are valued at, so that every amount compared is in
 *     the base currency
 * @param baseCurrency the account's base currency, NetLiquidation's
 * @param fxRates each rate the plan converted with, from an instrument's currency to the base
 *     currency (none when every instrument is priced in the base currency)
 * @param caps the caps the lines were clipped with, as the outcome lists them
 */
public record AllocationPlan(
    List<Signal> signals,
    Map<String, Map<String, Object>> diagnostics,
    List<Target> targets,
    List<OrderLine> lines,
    Map<String, BigDecimal> prices,
    Map<String, BigDecimal> basePrices,
    String baseCurrency,
    List<FxRate> fxRates,
    List<CapInForce> caps) {

  public AllocationPlan {
    signals = List.copyOf(signals);
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    targets = List.copyOf(targets);
    lines = List.copyOf(lines);
    prices = Map.copyOf(prices);
    basePrices = Map.copyOf(basePrices);
    fxRates = List.copyOf(fxRates);
    caps = List.copyOf(caps);
  }

  public List<PlannedOrder> planned(OrderProperties properties) {
    return lines.stream().map(line -> line.planned(properties)).toList();
  }

  public List<OrderLine> toPlace() {
    return lines.stream().filter(OrderLine::toPlace).toList();
  }
}
