package dev.ibtrading.summary;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code summary}: reads the account (values, positions with their market value, open orders,
 * today's executions) and changes nothing. A position whose price is not available is still listed,
 * without a value, and the outcome warns about it.
 */
@Component
class SummaryHandler implements IntentHandler {
  private final Broker broker;

  SummaryHandler(Broker broker) {
    this.broker = broker;
  }

  @Override
  public Intent intent() {
    return Intent.SUMMARY;
  }

  @Override
  public IntentResult run(RunContext context) {
    List<Problem> warnings = new ArrayList<>();
    List<SummaryResult.PositionValue> positions = new ArrayList<>();
    for (Position position : broker.positions()) {
      positions.add(SummaryResult.PositionValue.of(position, priceOf(position, warnings)));
    }
    SummaryResult summary =
        new SummaryResult(
            broker.accountSnapshot(),
            positions,
            broker.openOrders().stream().map(ReportedOrder::from).toList(),
            broker.executions().stream().map(ReportedExecution::from).toList());
    return new IntentResult(OutcomeStatus.OK, OutcomeJson.toTree(summary), warnings, List.of());
  }

  private BigDecimal priceOf(Position position, List<Problem> warnings) {
    try {
      Quote quote = broker.quote(broker.contract(position.contract().instrument()));
      BigDecimal price = quote.referencePrice();
      if (price == null) {
        warnings.add(
            new Problem("no-price", "no price for " + position.contract().symbol() + " now"));
      }
      return price;
    } catch (BrokerException e) {
      if (e.isTransient()) {
        throw e;
      }
      warnings.add(new Problem("no-price", position.contract().symbol() + ": " + e.getMessage()));
      return null;
    }
  }
}
