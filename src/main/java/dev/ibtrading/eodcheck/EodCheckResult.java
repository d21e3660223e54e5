package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.plan.CapInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an end-of-day reconciliation found and did: the {@code result} of an {@code eod-check}
 * outcome. Drift and the lists of orders found describe the account before the run cancelled or
 * flattened anything; the executions are read at the end, so they include the flattening fills.
 *
 * @param dryRun true when nothing was cancelled or placed on purpose
 * @param cancelOpenOrders whether this worker's open orders were to be cancelled ({@code
 *     eod.cancel-open-orders}, or implied by flattening)
 * @param flatten whether managed positions were to be flattened (the trigger's {@code flatten},
 *     else {@code eod.enforce-flat})
 * @param session today's regular session, and whether it was open when the run started
 * @param currency the account's base currency, that of every value here
 * @param netLiquidation the account's NetLiquidation when the run started
 * @param drift one row per managed instrument: target against position
 * @param executions today's executions of this worker (see {@code docs/intents/eod-check.md} for
 *     which those are), with their commissions
 * @param commissionTotal the sum of the commissions reported for {@code executions}; executions
 *     whose commission report has not arrived are left out (and a warning says how many)
 * @param openOrders this worker's open orders in managed instruments found at the start: the ones
 *     the run cancels (on a dry run or with the kill switch: would cancel; on a redelivery that
 *     found its earlier attempt: leaves alone)
 * @param cancelled {@code openOrders} as last reported after their cancel (empty when nothing was
 *     cancelled)
 * @param toFlatten the closing orders the run decided, placed or not (empty without flattening)
 * @param flattenOrders the closing orders placed, as last reported; on a redelivery, those an
 *     earlier attempt of the run left open
 * @param otherOpenOrders open orders in managed instruments that are not this worker's (another
 *     client id, TWS, another tool): reported, never cancelled
 * @param unmanagedPositions positions outside the managed universe: reported, never traded
 * @param caps the allocation caps in force for this account (the targets' plan is capped with them;
 *     see {@code CapInForce})
 */
public record EodCheckResult(
    boolean dryRun,
    boolean cancelOpenOrders,
    boolean flatten,
    Session session,
    String currency,
    BigDecimal netLiquidation,
    List<Drift> drift,
    List<ReportedExecution> executions,
    BigDecimal commissionTotal,
    List<ReportedOrder> openOrders,
    List<ReportedOrder> cancelled,
    List<FlattenOrder> toFlatten,
    List<ReportedOrder> flattenOrders,
    List<ReportedOrder> otherOpenOrders,
    List<UnmanagedPosition> unmanagedPositions,
    List<CapInForce> caps) {

  public EodCheckResult {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(netLiquidation, "netLiquidation");
    Objects.requireNonNull(commissionTotal, "commissionTotal");
    drift = List.copyOf(drift);
    executions = List.copyOf(executions);
    openOrders = List.copyOf(openOrders);
    cancelled = List.copyOf(cancelled);
    toFlatten = List.copyOf(toFlatten);
    flattenOrders = List.copyOf(flattenOrders);
    otherOpenOrders = List.copyOf(otherOpenOrders);
    unmanagedPositions = List.copyOf(unmanagedPositions);
    caps = caps == null ? List.of() : List.copyOf(caps);
  }

  /**
   * Today's regular session.
   *
   * @param close when it ends: 16:00 New York time, 13:00 on a half day
   * @param earlyClose the half day's name (e.g. {@code Day after Thanksgiving}), null on a full day
   * @param openAtRun whether the session was running when the run started; flattening needs it
   */
  public record Session(LocalDate date, Instant close, String earlyClose, boolean openAtRun) {
    public Session {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(close, "close");
    }
  }

  /**
   * One managed instrument's position against the day's target, recomputed now.
   *
   * @param targetQuantity the strategies' target in shares; null when it could not be computed (a
   *     strategy without a decision, no price), and then the drift fields are null too
   * @param position the shares held (negative: short)
   * @param driftQuantity position - target: positive means more held than targeted
   * @param price the reference price the target was sized at, in the account's base currency (the
   *     instrument's price converted at the plan's exchange rate)
   * @param driftValue driftQuantity x price, in the base currency
   * @param beyondTolerance true when |driftValue| exceeds {@code eod.drift-tolerance} x
   *     NetLiquidation
   */
  public record Drift(
      String symbol,
      BigDecimal targetQuantity,
      BigDecimal position,
      BigDecimal driftQuantity,
      BigDecimal price,
      BigDecimal driftValue,
      boolean beyondTolerance) {
    public Drift {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(position, "position");
    }
  }

  /** A market order that closes one managed position: {@code quantity} shares to {@code side}. */
  public record FlattenOrder(String symbol, OrderSide side, BigDecimal quantity) {
    public FlattenOrder {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /** A position outside the managed universe, left as it is. */
  public record UnmanagedPosition(String symbol, BigDecimal quantity) {
    public UnmanagedPosition {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(quantity, "quantity");
    }
  }
}
