package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.DelayedQuotes;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.strategy.ManagedUniverse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a risk check measures: the account values, the managed positions and a price for each.
 * Changes nothing at the broker, so a transient broker failure here may be thrown (the trigger is
 * retried); a position the broker cannot quote is measured without a price and warned about.
 */
final class RiskMeasurer {
  private final Broker broker;
  private final ManagedUniverse universe;

  RiskMeasurer(Broker broker, ManagedUniverse universe) {
    this.broker = broker;
    this.universe = universe;
  }

  RiskReading read(List<Problem> warnings) {
    var account = broker.accountSnapshot();
    List<RiskReading.Priced> managed = new ArrayList<>();
    DelayedQuotes delayed = new DelayedQuotes();
    for (Position position : universe.managed(broker.positions())) {
      managed.add(priced(position, delayed, warnings));
    }
    delayed.warning().ifPresent(warnings::add);
    return new RiskReading(account, managed);
  }

  private RiskReading.Priced priced(
      Position position, DelayedQuotes delayed, List<Problem> warnings) {
    String symbol = position.contract().symbol();
    Contract contract;
    try {
      contract = broker.contract(position.contract().instrument());
    } catch (BrokerException e) {
      if (e.isTransient()) {
        throw e;
      }
      warnings.add(new Problem("no-price", symbol + ": " + e.getMessage()));
      return new RiskReading.Priced(position, position.contract(), null);
    }
    BigDecimal price;
    try {
      price = delayed.record(broker.quote(contract)).referencePrice();
    } catch (BrokerException e) {
      if (e.isTransient()) {
        throw e;
      }
      warnings.add(new Problem("no-price", symbol + ": " + e.getMessage()));
      return new RiskReading.Priced(position, contract, null);
    }
    if (price == null) {
      warnings.add(
          new Problem("no-price", symbol + ": no quote price now, its position-loss not measured"));
    }
    return new RiskReading.Priced(position, contract, price);
  }
}
