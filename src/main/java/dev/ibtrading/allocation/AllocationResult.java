package dev.ibtrading.allocation;

import dev.ibtrading.orders.PlannedOrder;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedFxRate;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.plan.CapInForce;
import dev.ibtrading.plan.Signal;
import dev.ibtrading.plan.Target;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an allocation run decided and did: the {@code result} of an {@code allocation} outcome.
 *
 * @param dryRun true when orders were computed but not placed
 * @param signals each strategy's signal per instrument
 * @param diagnostics what each strategy decided on, by strategy name (e.g. {@code spymacdvixy}:
 *     {@code regime}, {@code macd}, {@code signal}, {@code barsUsed}); see each strategy's javadoc
 * @param targets the positions the run aimed for
 * @param orders the orders placed (none on a dry run), or found at the broker with this run's key
 * @param planned the orders the run computed, after the caps, placed or not
 * @param executions today's executions carrying this run's key that an earlier attempt of the run
 *     made (a redelivery after a restart reports them instead of trading again)
 * @param baseCurrency the account's base currency, which targets were sized and caps applied in;
 *     null when the run read no account (an earlier attempt's report)
 * @param fxRates each exchange rate the run converted an instrument's price into the base currency
 *     with: which rate, from where, when; empty when every instrument is priced in the base
 *     currency
 * @param caps the caps in force: each cap setting, its value and origin, and what it allowed in
 *     this run (see {@link CapInForce})
 */
public record AllocationResult(
    boolean dryRun,
    List<Signal> signals,
    Map<String, Map<String, Object>> diagnostics,
    List<Target> targets,
    List<ReportedOrder> orders,
    List<PlannedOrder> planned,
    List<ReportedExecution> executions,
    String baseCurrency,
    List<ReportedFxRate> fxRates,
    List<CapInForce> caps) {

  public AllocationResult {
    fxRates = fxRates == null ? List.of() : List.copyOf(fxRates);
    signals = signals == null ? List.of() : List.copyOf(signals);
    // Ordered as the strategies ran, each strategy's entries as it wrote them.
    Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
    if (diagnostics != null) {
      diagnostics.forEach(
          (name, values) ->
              copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    }
    diagnostics = Collections.unmodifiableMap(copy);
    targets = targets == null ? List.of() : List.copyOf(targets);
    orders = orders == null ? List.of() : List.copyOf(orders);
    planned = planned == null ? List.of() : List.copyOf(planned);
    executions = executions == null ? List.of() : List.copyOf(executions);
    caps = caps == null ? List.of() : List.copyOf(caps);
  }
}
