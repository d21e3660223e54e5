package dev.ibtrading.eodcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.plan.AllocationPlan;
import dev.ibtrading.plan.AllocationPlanner;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.plan.CapInForce;
import dev.ibtrading.plan.StaleMarketDataException;
import dev.ibtrading.run.WorkerExecutions;
import dev.ibtrading.strategy.ManagedUniverse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account at the end of the day as the eod-check reads it before acting: NetLiquidation, drift
 * per managed instrument, positions in and outside the managed universe, this worker's and others'
 * open orders in managed instruments, and this worker's executions. Reading changes nothing at the
 * broker.
 *
 * @param ownOpenOrders every open order of this worker's client id, managed or not (their {@code
 *     orderRef}s identify executions)
 * @param toCancel this worker's open orders in managed instruments
 * @param otherOpenOrders open orders in managed instruments from other clients or tools
 * @param caps the allocation caps in force, from the plan the targets come from (on stale data, as
 *     the settings give them without the account's NetLiquidation)
 * @param staleTargets why the targets could not be priced (stale or missing market data), null when
 *     they were: then {@code drift} is empty and nothing may be acted on, but an earlier attempt of
 *     the run can still be reported, since that needs only the account
 */
record EodReconciliation(
    AccountSnapshot account,
    List<EodCheckResult.Drift> drift,
    List<Position> managedPositions,
    List<Position> unmanagedPositions,
    List<OrderReport> ownOpenOrders,
    List<OrderReport> toCancel,
    List<OrderReport> otherOpenOrders,
    List<Fill> executions,
    List<CapInForce> caps,
    StaleMarketDataException staleTargets) {

  /** The planner's warnings that concern the targets; the rest concern orders eod never places. */
  private static final Set<String> TARGET_WARNINGS = Set.of("not-enough-data", "price-fallback");

  /**
   * Reads the account and recomputes the targets of {@code universe}'s strategies as a dry run of
   * the allocation's planner, as of {@code today}. Targets priced on stale or missing data (see
   * {@link AllocationPlanner}) do not end the read: the account is read all the same and the
   * reconciliation says so ({@link #staleTargets}); {@link #requireTargets} refuses to act on it.
   */
  static EodReconciliation read(
      Broker broker,
      ManagedUniverse universe,
      AllocationSettings allocation,
      EodSettings settings,
      LocalDate today,
      boolean sessionClosed,
      LocalDate freshFrom,
      String runKey,
      List<Problem> warnings) {
    List<Problem> planWarnings = new ArrayList<>();
    AllocationPlan plan = null;
    StaleMarketDataException stale = null;
    try {
      plan =
          new AllocationPlanner(broker, allocation)
              .plan(universe.strategies(), today, sessionClosed, freshFrom, planWarnings);
    } catch (StaleMarketDataException e) {
      stale = e;
    }
    planWarnings.stream().filter(p -> TARGET_WARNINGS.contains(p.code())).forEach(warnings::add);
    AccountSnapshot account = broker.accountSnapshot();
    List<Position> positions = broker.positions();
    List<Position> managed = universe.managed(positions);
    List<Position> unmanaged =
        positions.stream()
            .filter(p -> p.quantity().signum() != 0 && !universe.contains(p.contract()))
            .toList();
    List<OrderReport> own = broker.ownOpenOrders();
    Set<Long> ownPermIds = new HashSet<>();
    own.forEach(o -> ownPermIds.add(o.permId()));
    List<OrderReport> others =
        universe.managedOrders(broker.openOrders()).stream()
            .filter(o -> !ownPermIds.contains(o.permId()))
            .toList();
    if (!others.isEmpty()) {
      warnings.add(
          new Problem(
              "other-open-orders",
              others.size()
                  + " open order(s) in managed instruments are not this worker's and were left"
                  + " alone: "
                  + others.stream()
                      .map(o -> o.description().contract().symbol() + " #" + o.orderId())
                      .toList()));
    }
    return new EodReconciliation(
        account,
        plan == null
            ? List.of()
            : DriftReport.of(
                plan,
                managed,
                universe.instruments(),
                account,
                settings.driftTolerance(),
                warnings),
        managed,
        unmanaged,
        own,
        universe.managedOrders(own),
        others,
        WorkerExecutions.of(broker, own, runKey),
        plan == null ? allocation.capsInForce(null) : plan.caps(),
        stale);
  }

  /**
   * Refuses a reconciliation whose targets are stale: drift measured against them would be wrong,
   * so nothing may be cancelled or flattened on it.
   *
   * @throws StaleMarketDataException the read's
   */
  void requireTargets() {
    if (staleTargets != null) {
      throw staleTargets;
    }
  }

  /** The result, with the executions and orders as they stand after the run acted. */
  EodCheckResult result(
      EodCheckResult.Session session,
      boolean dryRun,
      boolean cancel,
      boolean flatten,
      List<Fill> executionsNow,
      List<OrderReport> cancelled,
      List<OrderReport> flattenOrders,
      List<Problem> warnings) {
    BigDecimal commissions = BigDecimal.ZERO;
    int missing = 0;
    for (Fill fill : executionsNow) {
      if (fill.commission() == null) {
        missing++;
      } else {
        commissions = commissions.add(fill.commission());
      }
    }
    if (missing > 0) {
      warnings.add(
          new Problem(
              "commission-missing",
              missing
                  + " execution(s) have no commission report yet; commissionTotal leaves them"
                  + " out"));
    }
    return new EodCheckResult(
        dryRun,
        cancel,
        flatten,
        session,
        account.currency(),
        account.netLiquidation(),
        drift,
        executionsNow.stream().map(ReportedExecution::from).toList(),
        commissions,
        toCancel.stream().map(ReportedOrder::from).toList(),
        cancelled.stream().map(ReportedOrder::from).toList(),
        flatten ? Flattener.closingOrders(managedPositions) : List.of(),
        flattenOrders.stream().map(ReportedOrder::from).toList(),
        otherOpenOrders.stream().map(ReportedOrder::from).toList(),
        unmanagedPositions.stream()
            .map(p -> new EodCheckResult.UnmanagedPosition(p.contract().symbol(), p.quantity()))
            .toList(),
        caps);
  }
}
