package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.orders.OrderLine;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.riskcheck.RiskCheckResult.Measurement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The closing orders of a {@code reduce} or {@code flatten}, from one reading: pure arithmetic.
 *
 * <p>{@code flatten} targets zero for every managed position. {@code reduce} gives each breached
 * measure whose action is {@code reduce} its own targets, and each position goes to the one closest
 * to zero:
 *
 * <ul>
 *   <li>{@code position-loss}: the breaching position to zero.
 *   <li>{@code gross-leverage}: every priced managed position times the same keep fraction, rounded
 *       toward zero, so that (gross value outside the managed positions + managed gross value at
 *       the quotes) / NetLiquidation is at or below the limit. Outside = GrossPositionValue -
 *       managed gross value at the quotes.
 *   <li>{@code margin-cushion}: the same, sized so that the maintenance margin freed, estimated at
 *       the account's average rate (MaintMarginReq / GrossPositionValue), lifts the cushion to the
 *       limit: (limit - cushion) x NetLiquidation.
 * </ul>
 *
 * When even closing every managed position cannot reach a limit (positions outside the universe
 * weigh too much), they are all closed and a {@code limit-unreachable} warning says so. Commissions
 * of the closing orders are not accounted for.
 */
final class RiskReduction {

  /**
   * One position's closing order.
   *
   * @param target the signed position to leave
   * @param measure the measure that set the target, null under flatten
   */
  record Closing(RiskReading.Priced position, BigDecimal target, RiskMeasure measure) {
    BigDecimal shares() {
      return target.subtract(position.quantity()).abs();
    }

    OrderSide side() {
      return target.compareTo(position.quantity()) > 0 ? OrderSide.BUY : OrderSide.SELL;
    }

    OrderLine line() {
      return new OrderLine(position.contract(), side(), shares(), shares(), position.price(), null);
    }

    RiskCheckResult.ClosingOrder reported() {
      return new RiskCheckResult.ClosingOrder(
          position.symbol(),
          side(),
          shares(),
          position.quantity(),
          target,
          position.price(),
          measure);
    }
  }

  private RiskReduction() {}

  static List<Closing> plan(
      RiskReading reading, List<Measurement> measures, RiskAction action, List<Problem> warnings) {
    Map<String, Closing> closings = new LinkedHashMap<>();
    if (action == RiskAction.FLATTEN) {
      reading
          .managed()
          .forEach(p -> closings.put(p.symbol(), new Closing(p, BigDecimal.ZERO, null)));
    } else if (action == RiskAction.REDUCE) {
      for (Measurement m : measures) {
        if (m.breached() && m.action() == RiskAction.REDUCE) {
          reduce(reading, m, warnings)
              .forEach(c -> closings.merge(c.position().symbol(), c, RiskReduction::closer));
        }
      }
    }
    List<Closing> lines = new ArrayList<>();
    for (Closing c : closings.values()) {
      if (c.shares().signum() > 0) {
        lines.add(c);
      }
    }
    return lines;
  }

  private static List<Closing> reduce(RiskReading reading, Measurement m, List<Problem> warnings) {
    return switch (m.measure()) {
      case POSITION_LOSS ->
          reading.managed().stream()
              .filter(p -> p.symbol().equals(m.symbol()))
              .map(p -> new Closing(p, BigDecimal.ZERO, m.measure()))
              .toList();
      case GROSS_LEVERAGE ->
          scaled(reading, m.measure(), leverageKeep(reading, m.limit()), warnings);
      case MARGIN_CUSHION ->
          scaled(reading, m.measure(), cushionKeep(reading, m.limit()), warnings);
      case DAILY_LOSS -> List.of(); // refused by RiskSettings: no trade takes back a loss
    };
  }

  /**
   * The part of the managed gross value to keep, exact: {@code kept / of}. Shares are kept as
   * {@code floor(|quantity| x kept / of)}, so rounding never keeps a share the limit has no room
   * for.
   */
  private record Keep(BigDecimal kept, BigDecimal of) {
    boolean keepsAll() {
      return kept.compareTo(of) >= 0;
    }

    boolean keepsNothing() {
      return kept.signum() <= 0;
    }

    BigDecimal shares(BigDecimal quantity) {
      return quantity.abs().multiply(kept).divide(of, 0, RoundingMode.DOWN);
    }
  }

  /**
   * The managed gross value to keep so the gross leverage is at the limit: limit x NetLiquidation -
   * gross value outside, of the managed gross; null when there is nothing priced to reduce.
   */
  private static Keep leverageKeep(RiskReading reading, BigDecimal limit) {
    AccountSnapshot account = reading.account();
    BigDecimal managed = reading.managedGross();
    if (managed.signum() <= 0) {
      return null;
    }
    BigDecimal outside = account.grossPositionValue().subtract(managed).max(BigDecimal.ZERO);
    return new Keep(limit.multiply(account.netLiquidation()).subtract(outside), managed);
  }

  /**
   * The managed gross value to keep so the estimated cushion reaches the limit: shedding gross
   * value G frees G x MaintMarginReq / GrossPositionValue of margin, and (limit - cushion) x
   * NetLiquidation is missing; null when there is nothing priced to reduce or no margin to free.
   */
  private static Keep cushionKeep(RiskReading reading, BigDecimal limit) {
    AccountSnapshot account = reading.account();
    BigDecimal managed = reading.managedGross();
    BigDecimal maint = account.maintMarginReq();
    if (managed.signum() <= 0
        || account.grossPositionValue().signum() <= 0
        || maint.signum() <= 0) {
      return null;
    }
    BigDecimal missing = limit.subtract(account.cushion()).multiply(account.netLiquidation());
    // keep = 1 - (missing x gross / maint) / managed, over the common denominator managed x maint
    BigDecimal of = managed.multiply(maint);
    return new Keep(of.subtract(missing.multiply(account.grossPositionValue())), of);
  }

  /** Every priced managed position scaled by {@code keep}, whole shares toward zero. */
  private static List<Closing> scaled(
      RiskReading reading, RiskMeasure measure, Keep keep, List<Problem> warnings) {
    if (keep == null) {
      warnings.add(
          new Problem(
              "not-reduced",
              measure.wireName() + ": no priced managed position or margin to reduce"));
      return List.of();
    }
    if (keep.keepsAll()) {
      return List.of();
    }
    if (keep.keepsNothing()) {
      warnings.add(
          new Problem(
              "limit-unreachable",
              measure.wireName()
                  + ": closing every managed position does not reach the limit (positions outside"
                  + " the managed universe weigh too much); managed positions are closed"));
      keep = new Keep(BigDecimal.ZERO, BigDecimal.ONE);
    }
    List<Closing> closings = new ArrayList<>();
    for (RiskReading.Priced p : reading.managed()) {
      if (p.price() == null) {
        continue;
      }
      BigDecimal kept = keep.shares(p.quantity());
      closings.add(new Closing(p, p.quantity().signum() < 0 ? kept.negate() : kept, measure));
    }
    return closings;
  }

  /** Of two closings of one position, the one leaving it closer to zero. */
  private static Closing closer(Closing a, Closing b) {
    return b.target().abs().compareTo(a.target().abs()) < 0 ? b : a;
  }
}
