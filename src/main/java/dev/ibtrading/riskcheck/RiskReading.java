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
   * @param price the quote's reference price, null when none was available
   */
  record Priced(Position position, Contract contract, BigDecimal price) {
    String symbol() {
      return position.contract().symbol();
    }

    BigDecimal quantity() {
      return position.quantity();
    }

    /** |quantity| x price; null without a price. */
    BigDecimal grossValue() {
      return price == null ? null : position.quantity().abs().multiply(price);
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
