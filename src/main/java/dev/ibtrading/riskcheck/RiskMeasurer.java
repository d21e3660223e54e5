package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.FxRate;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.DelayedQuotes;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.strategy.ManagedUniverse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a risk check measures: the account values, the managed positions and a price for each.
 * Changes nothing at the broker, so a transient broker failure here may be thrown (the trigger is
 * retried); a position the broker cannot quote is measured without a price and warned about. A
 * position in another currency than the account's base currency is valued at the broker's FX rate
 * ({@link Broker#fxRate}); without a rate it is measured as one without a price.
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
    Map<String, Optional<FxRate>> rates = new HashMap<>();
    for (Position position : universe.managed(broker.positions())) {
      managed.add(inBase(priced(position, delayed, warnings), account.currency(), rates, warnings));
    }
    delayed.warning().ifPresent(warnings::add);
    return new RiskReading(account, managed);
  }

  /** The priced position with its rate to {@code base}, or without a price when there is none. */
  private RiskReading.Priced inBase(
      RiskReading.Priced priced,
      String base,
      Map<String, Optional<FxRate>> rates,
      List<Problem> warnings) {
    String currency = priced.contract().currency();
    if (priced.price() == null || currency.isEmpty() || currency.equals(base)) {
      return priced;
    }
    Optional<FxRate> rate = rates.computeIfAbsent(currency, c -> broker.fxRate(c, base));
    if (rate.isEmpty()) {
      warnings.add(
          new Problem(
              "no-price",
              priced.symbol()
                  + ": no exchange rate "
                  + currency
                  + "->"
                  + base
                  + " now, its value not measured"));
      return new RiskReading.Priced(priced.position(), priced.contract(), null);
    }
    return new RiskReading.Priced(
        priced.position(), priced.contract(), priced.price(), rate.get().rate());
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
