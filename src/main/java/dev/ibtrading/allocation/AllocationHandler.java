package dev.ibtrading.allocation;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.orders.InvalidOrderPropertiesException;
import dev.ibtrading.orders.NotDoneYet;
import dev.ibtrading.orders.OrderPlacer;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.orders.PlannedOrder;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedFxRate;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.plan.AllocationPlan;
import dev.ibtrading.plan.AllocationPlanner;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.plan.StaleMarketDataException;
import dev.ibtrading.run.EarlierAttempt;
import dev.ibtrading.run.IntentHandler;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.MarketClosed;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradedStatus;
import dev.ibtrading.run.TradingGate;
import dev.ibtrading.run.TradingRun;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.Strategy;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UnknownStrategyException;
import dev.ibtrading.trigger.Intent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code allocation}: trades the managed instruments towards the requested strategies' targets.
 *
 * <p>In order: the request is checked (unknown strategy, one outside {@code universe.strategies},
 * or an order property not allowed: {@code failed}, nothing read or sent); a market holiday or
 * weekend is {@code skipped} ({@code market-closed}); orders or executions already carrying the run
 * key (an earlier attempt of this run, e.g. before a restart) are reported and nothing is placed;
 * otherwise the plan is computed (stale or missing market data: {@code failed}, {@code
 * stale-market-data}, nothing placed; with {@code "targets": "zero"} every traded instrument of the
 * strategies is planned to 0 instead), and with the kill switch off ({@code skipped}, {@code
 * trading-disabled}), with an account refused by the {@link TradingGate} ({@code failed}) or on a
 * dry run ({@code ok}) reported without trading. Placed orders carry the run key as {@code
 * orderRef}; the run waits for their fills up to the fill timeout and ends {@code ok} (all filled),
 * {@code partial} (some still working, left so, or not sent after a lost answer, each listed in
 * {@code errors}) or {@code failed} (the broker refused one; the other legs are still placed).
 *
 * <p>From the look for an earlier attempt on, the run is a {@link TradingRun}.
 */
@Component
public class AllocationHandler implements IntentHandler {
  /**
   * Legs that may still be working or were not sent for want of a link or time: the run is {@code
   * partial}, a later run finishes them. Any other error fails the run ({@link TradedStatus}).
   */
  private static final Set<String> NOT_DONE_YET = NotDoneYet.orderCodesAnd();

  private final Broker broker;
  private final StrategyRegistry strategies;
  private final AllocationSettings settings;
  private final ExchangeCalendar calendar;
  private final ManagedUniverse universe;

  AllocationHandler(
      Broker broker,
      StrategyRegistry strategies,
      AllocationSettings settings,
      ExchangeCalendar calendar,
      ManagedUniverse universe) {
    this.broker = broker;
    this.strategies = strategies;
    this.universe = universe;
    this.settings = settings;
    this.calendar = calendar;
  }

  @Override
  public Intent intent() {
    return Intent.ALLOCATION;
  }

  @Override
  public IntentResult run(RunContext context) {
    AllocationOptions options = context.options(AllocationOptions.class);
    List<Strategy> selected;
    OrderProperties properties;
    try {
      selected = strategies.getAll(options.strategies());
    } catch (UnknownStrategyException e) {
      return failed("unknown-strategy", e.getMessage());
    }
    List<String> unmanaged =
        options.strategies().stream()
            .filter(name -> !universe.strategyNames().contains(name))
            .toList();
    if (!unmanaged.isEmpty()) {
      // Its positions would be outside what risk-check, eod-check and close-all look after.
      return failed(
          "strategy-not-managed",
          "strategies "
              + unmanaged
              + " are not among universe.strategies "
              + universe.strategyNames());
    }
    try {
      properties = OrderProperties.parse(options.orderProperties(), settings.adaptivePriority());
    } catch (InvalidOrderPropertiesException e) {
      return failed("invalid-order-properties", e.getMessage());
    }
    Instant now = context.clock().instant();
    LocalDate today = MarketClosed.today(now);
    Problem closed = MarketClosed.on(calendar, today);
    if (closed != null) {
      return IntentResult.skipped(null, closed);
    }
    List<Problem> warnings = new ArrayList<>();
    try {
      // Nothing read first: an earlier attempt is reported without the account.
      return TradingRun.reading(() -> null)
          .earlierAttempt((nothing, earlier) -> earlierAttempt(earlier, options.dryRun()))
          .deciding(nothing -> plan(context, options, selected, properties, now, warnings))
          .run(broker, context, options.dryRun(), warnings);
    } catch (StaleMarketDataException e) {
      return failed(StaleMarketDataException.CODE, e.getMessage());
    }
  }

  /**
   * The orders towards the strategies' targets.
   *
   * @throws StaleMarketDataException when the targets would be priced on stale or missing data
   */
  private TradingRun.Decision plan(
      RunContext context,
      AllocationOptions options,
      List<Strategy> selected,
      OrderProperties properties,
      Instant now,
      List<Problem> warnings) {
    LocalDate today = MarketClosed.today(now);
    boolean sessionClosed = calendar.lastCompletedSession(now).equals(today);
    AllocationPlanner planner = new AllocationPlanner(broker, settings);
    AllocationPlan plan =
        options.zeroTargets()
            ? planner.sellOut(selected, today, calendar.previousTradingDay(today), warnings)
            : planner.plan(
                selected, today, sessionClosed, calendar.previousTradingDay(today), warnings);
    List<PlannedOrder> planned = plan.planned(properties);
    return new TradingRun.Decision(
        () -> result(options.dryRun(), plan, List.of(), planned),
        plan.toPlace().isEmpty(),
        () -> {
          OrderPlacer.Placed placed =
              new OrderPlacer(broker, settings.fillTimeout())
                  .place(plan.toPlace(), properties, context);
          List<ReportedOrder> orders = placed.reports().stream().map(ReportedOrder::from).toList();
          return new IntentResult(
              status(placed), result(false, plan, orders, planned), warnings, placed.errors());
        });
  }

  private static OutcomeStatus status(OrderPlacer.Placed placed) {
    return TradedStatus.of(
        placed.errors(),
        NOT_DONE_YET,
        placed.reports().stream().allMatch(r -> r.status() == OrderStatus.FILLED));
  }

  /** The orders and fills of an earlier attempt of this run: reported, nothing placed again. */
  private JsonNode earlierAttempt(EarlierAttempt earlier, boolean dryRun) {
    return OutcomeJson.toTree(
        new AllocationResult(
            dryRun,
            List.of(),
            Map.of(),
            List.of(),
            earlier.reportedOrders(),
            List.of(),
            earlier.reportedExecutions(),
            null,
            List.of(),
            settings.capsInForce(null)));
  }

  private static JsonNode result(
      boolean dryRun, AllocationPlan plan, List<ReportedOrder> orders, List<PlannedOrder> planned) {
    return OutcomeJson.toTree(
        new AllocationResult(
            dryRun,
            plan.signals(),
            plan.diagnostics(),
            plan.targets(),
            orders,
            planned,
            List.of(),
            plan.baseCurrency(),
            plan.fxRates().stream().map(ReportedFxRate::from).toList(),
            plan.caps()));
  }

  private static IntentResult failed(String code, String message) {
    return new IntentResult(OutcomeStatus.FAILED, null, null, List.of(new Problem(code, message)));
  }
}
