package dev.ibtrading.summary;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.trigger.Intent;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code summary}: reads the account (values, positions with their market value, open orders,
 * today's executions) and changes nothing. A position whose price is not available is still listed,
 * without a value; each price says whether it was live, frozen or delayed and how old, and the
 * outcome warns about missing, frozen and delayed ones, and about quotes older than allocation
 * would trade on ({@link PositionPricing}).
 */
@Component
class SummaryHandler implements IntentHandler {
  private final Broker broker;
  private final AllocationSettings allocation;

  SummaryHandler(Broker broker, AllocationSettings allocation) {
    this.broker = broker;
    this.allocation = allocation;
  }

  @Override
  public Intent intent() {
    return Intent.SUMMARY;
  }

  @Override
  public IntentResult run(RunContext context) {
    PositionPricing pricing = new PositionPricing(broker, allocation.maxQuoteAge());
    List<SummaryResult.PositionValue> positions =
        broker.positions().stream().map(pricing::price).toList();
    SummaryResult summary =
        new SummaryResult(
            broker.accountSnapshot(),
            positions,
            broker.openOrders().stream().map(ReportedOrder::from).toList(),
            broker.executions().stream().map(ReportedExecution::from).toList());
    return new IntentResult(
        OutcomeStatus.OK, OutcomeJson.toTree(summary), pricing.warnings(), List.of());
  }
}
