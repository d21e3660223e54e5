package dev.ibtrading.cashbalancer;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.orders.NotDoneYet;
import dev.ibtrading.orders.OrderPlacer;
import dev.ibtrading.orders.OrderProperties;
import dev.ibtrading.orders.UnfilledOrders;
import dev.ibtrading.outcome.OutcomeJson;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradedStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The trading half of a cash-balancer run: each conversion placed once as a plain market order,
 * good for the day, with the run key as {@code orderRef} ({@link OrderPlacer}), then its fill
 * awaited up to {@code cash-balancer.fill-timeout} within the run's deadline, then the balances
 * read again. Never throws once an order may have been sent.
 *
 * <p>Ends {@code ok} when every conversion filled; {@code partial} when one is still working (left
 * working), ended unfilled without an error (expired) or its answer was lost; {@code failed} when
 * the broker refused or rejected one.
 */
final class CashBalancerTrades {
  /** Problems that mean "not done yet" rather than "refused": the run is partial, not failed. */
  private static final Set<String> PENDING = NotDoneYet.orderCodesAnd();

  private final Broker broker;
  private final CashBalancerSettings settings;
  private final String baseCurrency;
  private final List<CashBalance> before;
  private final boolean dryRun;
  private final RunContext context;

  CashBalancerTrades(
      Broker broker,
      CashBalancerSettings settings,
      String baseCurrency,
      List<CashBalance> before,
      boolean dryRun,
      RunContext context) {
    this.broker = broker;
    this.settings = settings;
    this.baseCurrency = baseCurrency;
    this.before = before;
    this.dryRun = dryRun;
    this.context = context;
  }

  /** What a dry, blocked or idle run decided: the conversions, none placed. */
  CashBalancerResult wouldDo(ConversionPlanner.Plan plan) {
    return result(plan, List.of(), null);
  }

  IntentResult run(ConversionPlanner.Plan plan) {
    OrderPlacer.Placed placed =
        new OrderPlacer(broker, settings.fillTimeout())
            .place(plan.lines(), OrderProperties.MARKET_DAY, context);
    List<Problem> errors = new ArrayList<>(placed.errors());
    errors.addAll(
        UnfilledOrders.problems(
            "conversion order", placed.reports(), o -> o.request().contract().longName()));
    List<Problem> warnings = new ArrayList<>();
    List<CashBalance> after = balancesAfter(warnings);
    CashBalancerResult result =
        result(plan, placed.reports().stream().map(ReportedOrder::from).toList(), after);
    return new IntentResult(
        TradedStatus.of(errors, PENDING, UnfilledOrders.allFilled(placed.reports())),
        OutcomeJson.toTree(result),
        warnings,
        errors);
  }

  private CashBalancerResult result(
      ConversionPlanner.Plan plan, List<ReportedOrder> orders, List<CashBalance> after) {
    return new CashBalancerResult(
        baseCurrency,
        dryRun,
        settings.maxConversion(),
        CashBalancerResult.Balance.of(before),
        plan.conversions(),
        plan.leftAlone(),
        orders,
        List.of(),
        after == null ? null : CashBalancerResult.Balance.of(after));
  }

  private List<CashBalance> balancesAfter(List<Problem> warnings) {
    try {
      return broker.accountCurrency().cash();
    } catch (BrokerException e) {
      warnings.add(
          new Problem("balances-unknown", "cash balances after the run: " + e.getMessage()));
      return null;
    }
  }
}
