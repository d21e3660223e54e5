package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a risk check measured and decided before acting, and its report once it acted (or not).
 *
 * @param reading what the measures were computed from
 * @param measures every measure against its limit
 * @param action the strongest action the breaches ask for
 * @param toCancel this worker's open orders in managed instruments the action cancels
 * @param planned the closing orders the action places
 */
record RiskDecision(
    boolean dryRun,
    RiskReading reading,
    List<RiskCheckResult.Measurement> measures,
    RiskAction action,
    List<OrderReport> toCancel,
    List<RiskReduction.Closing> planned) {

  RiskDecision {
    measures = List.copyOf(measures);
    toCancel = List.copyOf(toCancel);
    planned = List.copyOf(planned);
  }

  /** This decision with the closing orders planned again (after cancels changed positions). */
  RiskDecision replanned(List<RiskReduction.Closing> closings) {
    return new RiskDecision(dryRun, reading, measures, action, toCancel, closings);
  }

  /** The result when nothing was cancelled or placed. */
  JsonNode reported() {
    return result(RiskAction.REPORT, List.of(), List.of(), List.of());
  }

  /** The result of a run that took {@code taken}. */
  JsonNode result(
      RiskAction taken, List<OrderReport> cancelled, List<OrderReport> orders, List<Fill> fills) {
    return OutcomeJson.toTree(
        new RiskCheckResult(
            dryRun,
            RiskCheckResult.AccountValues.of(reading.account()),
            reading.reportedPositions(),
            measures.stream().map(m -> m.taken(taken)).toList(),
            action,
            taken,
            reported(toCancel),
            reported(cancelled),
            planned.stream().map(RiskReduction.Closing::reported).toList(),
            reported(orders),
            fills.stream().map(ReportedExecution::from).toList()));
  }

  private static List<ReportedOrder> reported(List<OrderReport> orders) {
    return orders.stream().map(ReportedOrder::from).toList();
  }
}
