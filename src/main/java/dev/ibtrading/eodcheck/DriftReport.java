package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.Position;
import dev.ibtrading.eodcheck.EodCheckResult.Drift;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.plan.AllocationPlan;
import dev.ibtrading.plan.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drift per managed instrument: the position against the target the strategies want now, valued at
 * the price the target was sized at, converted to the account's base currency at the plan's rate.
 * Instruments the plan has no target for (a strategy without a decision, no price) are listed with
 * the position alone, after the others.
 */
final class DriftReport {
  private DriftReport() {}

  static List<Drift> of(
      AllocationPlan plan,
      List<Position> managedPositions,
      Set<Instrument> universe,
      AccountSnapshot account,
      BigDecimal tolerance,
      List<Problem> warnings) {
    Map<String, BigDecimal> held = new HashMap<>();
    for (Position position : managedPositions) {
      held.merge(position.contract().symbol(), position.quantity(), BigDecimal::add);
    }
    BigDecimal limit = account.netLiquidation().multiply(tolerance);
    List<Drift> rows = new ArrayList<>();
    for (Target target : plan.targets()) {
      BigDecimal position = held.getOrDefault(target.symbol(), BigDecimal.ZERO);
      BigDecimal drift = position.subtract(target.targetQuantity());
      // valued in the base currency, like the tolerance it is compared with
      BigDecimal price = plan.basePrices().get(target.symbol());
      BigDecimal value = price == null ? null : drift.multiply(price);
      boolean beyond = value != null && value.abs().compareTo(limit) > 0;
      if (beyond) {
        warnings.add(
            new Problem(
                "drift-beyond-tolerance",
                target.symbol()
                    + ": position "
                    + position.toPlainString()
                    + " against target "
                    + target.targetQuantity().toPlainString()
                    + " drifts "
                    + value.toPlainString()
                    + " "
                    + account.currency()
                    + " (expected: at most "
                    + limit.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + ", eod.drift-tolerance "
                    + tolerance.toPlainString()
                    + " of NetLiquidation)"));
      }
      rows.add(
          new Drift(
              target.symbol(), target.targetQuantity(), position, drift, price, value, beyond));
    }
    Set<String> targeted = new HashSet<>();
    plan.targets().forEach(t -> targeted.add(t.symbol()));
    universe.stream()
        .map(Instrument::symbol)
        .filter(symbol -> !targeted.contains(symbol))
        .distinct()
        .sorted(Comparator.naturalOrder())
        .forEach(
            symbol ->
                rows.add(
                    new Drift(
                        symbol,
                        null,
                        held.getOrDefault(symbol, BigDecimal.ZERO),
                        null,
                        null,
                        null,
                        false)));
    return rows;
  }
}
