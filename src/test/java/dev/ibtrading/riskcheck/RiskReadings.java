package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import java.math.BigDecimal;
import java.time.Instant;

/** Hand-made readings for the pure risk computations. */
final class RiskReadings {
  private RiskReadings() {}

  /**
   * An account with NetLiquidation = EquityWithLoanValue = {@code equity}, maintenance margin at
   * 25% of {@code gross} and the given cushion.
   */
  static AccountSnapshot snapshot(
      String equity, String previousEquity, String gross, String cushion) {
    BigDecimal netLiq = new BigDecimal(equity);
    BigDecimal maint = new BigDecimal(gross).multiply(new BigDecimal("0.25"));
    return new AccountSnapshot(
        "DU0000001",
        "USD",
        netLiq,
        netLiq,
        netLiq,
        new BigDecimal(previousEquity),
        new BigDecimal(gross),
        maint,
        netLiq.subtract(maint),
        new BigDecimal(cushion),
        BigDecimal.ZERO,
        Instant.EPOCH);
  }

  /**
   * A managed position of {@code quantity} shares at {@code averageCost}, priced at {@code price}.
   */
  static RiskReading.Priced position(
      String symbol, String quantity, String averageCost, String price) {
    Contract contract =
        new Contract(symbol.hashCode(), symbol, "USD", "ARCA", new BigDecimal("0.01"), symbol);
    return new RiskReading.Priced(
        new Position("DU0000001", contract, new BigDecimal(quantity), new BigDecimal(averageCost)),
        contract,
        price == null ? null : new BigDecimal(price));
  }
}
