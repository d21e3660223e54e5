package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a risk check read from the broker: the account values and the managed positions with their
 * prices. Positions outside the managed universe are in the account values only.
 */
record RiskReading(AccountSnapshot account, List<Priced> managed) {

  RiskReading {
    managed = List.copyOf(managed);
  }

  /**
   * One managed position.
   *
   * @param contract the qualified contract, to quote and trade it
   * @param price the quote's reference price in the instrument's currency, null when none was
   *     available (or no exchange rate to the base currency)
   * @param toBase the exchange rate from the instrument's currency to the account's base currency
   *     (1 when they are the same): gross values are compared with NetLiquidation and
   *     GrossPositionValue, which IB reports in the base currency
   */
  record Priced(Position position, Contract contract, BigDecimal price, BigDecimal toBase) {

    /** A position priced in the account's base currency. */
    Priced(Position position, Contract contract, BigDecimal price) {
      this(position, contract, price, BigDecimal.ONE);
    }

    String symbol() {
      return position.contract().symbol();
    }

    BigDecimal quantity() {
      return position.quantity();
    }

    /** |quantity| x price in the base currency; null without a price. */
    BigDecimal grossValue() {
      return price == null ? null : position.quantity().abs().multiply(price).multiply(toBase);
    }

    RiskCheckResult.PositionValue reported() {
      return new RiskCheckResult.PositionValue(
          symbol(), position.quantity(), position.averageCost(), price);
    }
  }

  /** The gross value of the managed positions that have a price. */
  BigDecimal managedGross() {
    BigDecimal gross = BigDecimal.ZERO;
    for (Priced p : managed) {
      if (p.price() != null) {
        gross = gross.add(p.grossValue());
      }
    }
    return gross;
  }

  List<RiskCheckResult.PositionValue> reportedPositions() {
    return managed.stream().map(Priced::reported).toList();
  }
}
