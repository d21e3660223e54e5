package dev.ibtrading.riskcheck;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a risk check measured, decided and did: the {@code result} of a {@code risk-check} outcome.
 *
 * @param dryRun true when the action was computed but nothing was cancelled or placed
 * @param account the account values the measures were computed from
 * @param positions the managed positions, with the price they were measured at
 * @param measures every measure, with its limit and whether it is breached
 * @param action the strongest action the breached limits ask for ({@code report} when none)
 * @param actionTaken what the run did: {@code action}, or {@code report} when it changed nothing
 *     (dry run, kill switch, market closed, an earlier attempt of the run already acted)
 * @param toCancel this worker's open orders in managed instruments that the action cancels (or
 *     would cancel), as they stood before; empty for {@code report}
 * @param cancelled those orders as last reported after their cancel (filled when a fill won)
 * @param planned the closing orders the action places (or would place)
 * @param orders the orders placed, as last reported; or the open orders of an earlier attempt
 * @param executions today's executions of an earlier attempt of this run (restart case only)
 */
public record RiskCheckResult(
    boolean dryRun,
    AccountValues account,
    List<PositionValue> positions,
    List<Measurement> measures,
    RiskAction action,
    RiskAction actionTaken,
    List<ReportedOrder> toCancel,
    List<ReportedOrder> cancelled,
    List<ClosingOrder> planned,
    List<ReportedOrder> orders,
    List<ReportedExecution> executions) {

  public RiskCheckResult {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(actionTaken, "actionTaken");
    positions = positions == null ? List.of() : List.copyOf(positions);
    measures = measures == null ? List.of() : List.copyOf(measures);
    toCancel = toCancel == null ? List.of() : List.copyOf(toCancel);
    cancelled = cancelled == null ? List.of() : List.copyOf(cancelled);
    planned = planned == null ? List.of() : List.copyOf(planned);
    orders = orders == null ? List.of() : List.copyOf(orders);
    executions = executions == null ? List.of() : List.copyOf(executions);
  }

  /**
   * The account summary values a risk check reads, in the account's base currency.
   *
   * @param cushion ExcessLiquidity / NetLiquidation, a fraction
   */
  public record AccountValues(
      String currency,
      BigDecimal netLiquidation,
      BigDecimal equityWithLoanValue,
      BigDecimal previousEquityWithLoanValue,
      BigDecimal grossPositionValue,
      BigDecimal maintMarginReq,
      BigDecimal excessLiquidity,
      BigDecimal cushion) {

    public static AccountValues of(AccountSnapshot snapshot) {
      return new AccountValues(
          snapshot.currency(),
          snapshot.netLiquidation(),
          snapshot.equityWithLoanValue(),
          snapshot.previousEquityWithLoanValue(),
          snapshot.grossPositionValue(),
          snapshot.maintMarginReq(),
          snapshot.excessLiquidity(),
          snapshot.cushion());
    }
  }

  /**
   * One managed position.
   *
   * @param quantity signed shares, negative when short
   * @param averageCost per share, commission included (IB's convention)
   * @param price the quote's reference price it was measured at, null when none was available
   */
  public record PositionValue(
      String symbol, BigDecimal quantity, BigDecimal averageCost, BigDecimal price) {
    public PositionValue {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * One measure against its limit.
   *
   * @param symbol the position's symbol for {@code position-loss}, null for account-wide measures
   * @param value the measured fraction, rounded to 6 decimals; null when it could not be computed
   *     (no price, a zero denominator)
   * @param limit the configured limit, null when none is set (measured, not checked)
   * @param breached true when the value is beyond the limit
   * @param action the action configured for this measure
   * @param actionTaken the action the run took, which covers this breach; null when not breached
   */
  public record Measurement(
      RiskMeasure measure,
      String symbol,
      BigDecimal value,
      BigDecimal limit,
      boolean breached,
      RiskAction action,
      RiskAction actionTaken) {
    public Measurement {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(action, "action");
    }

    /** This measurement with the action the run took, when breached. */
    public Measurement taken(RiskAction taken) {
      return new Measurement(
          measure, symbol, value, limit, breached, action, breached ? taken : null);
    }
  }

  /**
   * One closing order of a {@code reduce} or {@code flatten}: a market order, tif DAY.
   *
   * @param currentQuantity the signed position before
   * @param targetQuantity the signed position the order leaves
   * @param referencePrice the price the target was sized at, null when none was available
   * @param measure the breached measure that set the target under {@code reduce}; null under {@code
   *     flatten}
   */
  public record ClosingOrder(
      String symbol,
      OrderSide side,
      BigDecimal quantity,
      BigDecimal currentQuantity,
      BigDecimal targetQuantity,
      BigDecimal referencePrice,
      RiskMeasure measure) {
    public ClosingOrder {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(currentQuantity, "currentQuantity");
      Objects.requireNonNull(targetQuantity, "targetQuantity");
    }
  }
}
