package dev.ibtrading.ib;

import dev.ibtrading.broker.AdaptivePriority;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import dev.ibtrading.ib.message.Execution;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.TagValue;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Translates the broker's order records to TWS order messages and back. */
final class OrderMapping {
  static final String ADAPTIVE = "Adaptive";
  static final String ADAPTIVE_PRIORITY = "adaptivePriority";

  private OrderMapping() {}

  /** A SMART-routed stock order: the contract id when known, symbol, primary exchange, currency. */
  static PlaceOrder toPlaceOrder(int orderId, OrderRequest request, String account) {
    Contract contract = request.contract();
    WireContract wire =
        WireContract.stock(
            Math.max(contract.conId(), 0),
            contract.symbol(),
            contract.currency(),
            contract.primaryExchange());
    AdaptivePriority priority = request.adaptivePriority();
    OrderTerms terms =
        new OrderTerms(
            request.side().name(),
            request.quantity(),
            request.type().name(),
            request.limitPrice() == null ? null : request.limitPrice().doubleValue(),
            null,
            request.timeInForce().name(),
            account,
            request.orderRef(),
            request.outsideRth(),
            request.goodAfterTime(),
            "",
            0,
            priority == null ? "" : ADAPTIVE,
            priority == null
                ? List.of()
                : List.of(new TagValue(ADAPTIVE_PRIORITY, priority.name())),
            false);
    return new PlaceOrder(orderId, wire, terms);
  }

  /**
   * The request behind an order this session did not place, or {@code null} when it is not one the
   * worker could have placed (another order type, time in force or side, or no quantity).
   */
  static OrderRequest toRequest(OpenOrder open) {
    OrderTerms terms = open.terms();
    try {
      OrderType type = OrderType.valueOf(terms.orderType());
      TimeInForce tif = TimeInForce.valueOf(terms.tif().isEmpty() ? "DAY" : terms.tif());
      OrderSide side = OrderSide.valueOf(terms.action());
      BigDecimal limit =
          type.needsLimitPrice() && terms.limitPrice() != null
              ? BigDecimal.valueOf(terms.limitPrice())
              : null;
      AdaptivePriority priority =
          terms.algoStrategy().equals(ADAPTIVE) ? adaptivePriority(terms) : null;
      return new OrderRequest(
          toContract(open.contract()),
          side,
          terms.totalQuantity(),
          type,
          limit,
          tif,
          terms.orderRef(),
          terms.outsideRth(),
          priority,
          terms.goodAfterTime());
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private static AdaptivePriority adaptivePriority(OrderTerms terms) {
    String value = terms.algoParam(ADAPTIVE_PRIORITY);
    for (AdaptivePriority priority : AdaptivePriority.values()) {
      if (priority.name().equals(value)) {
        return priority;
      }
    }
    return AdaptivePriority.Normal; // unreadable priority: report the middle setting
  }

  /** What a contract block tells; minimum tick and long name are not in order messages. */
  static Contract toContract(WireContract contract) {
    return new Contract(
        contract.conId(),
        contract.symbol(),
        contract.currency(),
        contract.primaryExchange(),
        null,
        "");
  }

  /**
   * @param known the contract as the worker qualified it, or {@code null} to use the message's
   * @param commission {@code null} until the commission report arrived
   */
  static Fill toFill(
      Execution execution, WireContract contract, Contract known, BigDecimal commission) {
    return new Fill(
        execution.execId(),
        execution.orderId(),
        execution.account(),
        known != null ? known : toContract(contract),
        side(execution.side()),
        execution.shares() == null ? BigDecimal.ZERO : execution.shares(),
        BigDecimal.valueOf(execution.price()),
        ExecutionTime.parse(execution.time()),
        execution.orderRef(),
        commission);
  }

  /** {@code BOT}/{@code SLD} (executions) or {@code BUY}/{@code SELL}. */
  static OrderSide side(String side) {
    return switch (side.toUpperCase(Locale.ROOT)) {
      case "BOT", "BUY" -> OrderSide.BUY;
      case "SLD", "SELL", "SSHORT" -> OrderSide.SELL;
      default -> throw new IllegalArgumentException("side: '" + side + "' (expected: BOT or SLD)");
    };
  }
}
