package dev.ibtrading.closeall;

import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.outcome.ReportedExecution;
import dev.ibtrading.outcome.ReportedOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a close-all run decided and did: the {@code result} of a {@code close-all} outcome.
 *
 * @param scope {@code own} (this worker's orders, managed positions) or {@code all} (every order
 *     and position of the account)
 * @param dryRun true when orders were computed but nothing was cancelled or placed
 * @param cancelled the open orders in scope, as last reported after their cancel (cancelled; filled
 *     when the fill came first; still working when the cancel was not confirmed). On a dry run or a
 *     blocked run: the orders the run would cancel, as found
 * @param planned one closing order per position in scope: on a trading run decided from the
 *     positions read after the cancels, placed or not (errors and warnings say why not)
 * @param orders the closing orders placed, as last reported, with their fills; or those of an
 *     earlier attempt of this run found at the broker
 * @param executions today's executions carrying this run's key that an earlier attempt of the run
 *     made (a redelivery after a restart reports them instead of trading again)
 * @param positionsBefore the positions in scope when the run started
 * @param positionsAfter the positions in scope when the run ended; null when the run sent nothing
 *     to the broker (dry run, blocked, earlier attempt found) or they could not be read
 * @param leftAlone positions outside the scope, never traded (scope {@code own}: those outside the
 *     managed universe, e.g. opened by hand); empty for scope {@code all}
 */
public record CloseAllResult(
    String scope,
    boolean dryRun,
    List<ReportedOrder> cancelled,
    List<ClosingOrder> planned,
    List<ReportedOrder> orders,
    List<ReportedExecution> executions,
    List<Holding> positionsBefore,
    List<Holding> positionsAfter,
    List<Holding> leftAlone) {

  public CloseAllResult {
    Objects.requireNonNull(scope, "scope");
    cancelled = cancelled == null ? List.of() : List.copyOf(cancelled);
    planned = planned == null ? List.of() : List.copyOf(planned);
    orders = orders == null ? List.of() : List.copyOf(orders);
    executions = executions == null ? List.of() : List.copyOf(executions);
    positionsBefore = positionsBefore == null ? List.of() : List.copyOf(positionsBefore);
    positionsAfter = positionsAfter == null ? null : List.copyOf(positionsAfter);
    leftAlone = leftAlone == null ? List.of() : List.copyOf(leftAlone);
  }

  /**
   * The order that closes one position: the whole quantity, selling a long, buying a short.
   *
   * @param limitPrice for LMT and LOC, null otherwise
   * @param referencePrice the quote the limit was set from; null for MKT and MOC, which need none
   */
  public record ClosingOrder(
      String symbol,
      OrderSide side,
      BigDecimal quantity,
      OrderType type,
      BigDecimal limitPrice,
      BigDecimal referencePrice) {
    public ClosingOrder {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * One position as the broker reported it.
   *
   * @param quantity signed shares: negative is short
   */
  public record Holding(String symbol, int conId, BigDecimal quantity) {
    public Holding {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(quantity, "quantity");
    }
  }
}
