package dev.ibtrading.ib;

import dev.ibtrading.broker.AdaptivePriority;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderDescription;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Translates the broker's order records to TWS order messages and back. */
final class OrderMapping {
  private static final Logger log = LoggerFactory.getLogger(OrderMapping.class);

  static final String ADAPTIVE = "Adaptive";
  static final String ADAPTIVE_PRIORITY = "adaptivePriority";

  private OrderMapping() {}

  /**
   * A SMART-routed stock order (the contract id when known, symbol, primary exchange, currency), or
   * a currency conversion on IDEALPRO ({@link WireContract#cash(int, String, String)}).
   */
  static PlaceOrder toPlaceOrder(int orderId, OrderRequest request, String account) {
    Contract contract = request.contract();
    WireContract wire =
        contract.isCurrencyPair()
            ? WireContract.cash(
                Math.max(contract.conId(), 0), contract.symbol(), contract.currency())
            : WireContract.stock(
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
   * worker could have placed: not a stock, or an order type, time in force or side outside the
   * worker's vocabulary, or no quantity. Such an order is only described ({@link #describe}).
   */
  static OrderRequest toRequest(OpenOrder open) {
    return toRequest(open.contract(), open.terms());
  }

  /** {@link #toRequest(OpenOrder)} for an order given by its contract and terms. */
  static OrderRequest toRequest(WireContract contract, OrderTerms terms) {
    String secType = contract.secType();
    if (!WireContract.STOCK.equals(secType) && !WireContract.CASH.equals(secType)) {
      return null; // an option on SPY is no SPY order
    }
    OrderType type = enumOrNull(OrderType.class, terms.orderType());
    TimeInForce tif = enumOrNull(TimeInForce.class, terms.tif().isEmpty() ? "DAY" : terms.tif());
    OrderSide side = enumOrNull(OrderSide.class, terms.action());
    BigDecimal quantity = terms.totalQuantity();
    if (type == null || tif == null || side == null || quantity == null || quantity.signum() <= 0) {
      return null;
    }
    BigDecimal limit = null;
    if (type.needsLimitPrice()) {
      if (terms.limitPrice() == null || terms.limitPrice() <= 0) {
        return null;
      }
      limit = BigDecimal.valueOf(terms.limitPrice());
    }
    AdaptivePriority priority =
        terms.algoStrategy().equals(ADAPTIVE) ? adaptivePriority(terms) : null;
    return new OrderRequest(
        toContract(contract),
        side,
        quantity,
        type,
        limit,
        tif,
        terms.orderRef(),
        terms.outsideRth(),
        priority,
        terms.goodAfterTime());
  }

  /**
   * Any open order in IB's own words, or {@code null} when its action is none of IB's ({@code BUY},
   * {@code SELL}, {@code SSHORT}, {@code SLONG}): then not even its direction is known.
   */
  static OrderDescription describe(OpenOrder open) {
    return describe(open.contract(), open.terms());
  }

  /** {@link #describe(OpenOrder)} for an order given by its contract and terms. */
  static OrderDescription describe(WireContract contract, OrderTerms terms) {
    OrderSide side =
        switch (terms.action().toUpperCase(Locale.ROOT)) {
          case "BUY" -> OrderSide.BUY;
          case "SELL", "SSHORT", "SLONG" -> OrderSide.SELL;
          default -> null;
        };
    if (side == null) {
      return null;
    }
    Double limit = terms.limitPrice();
    return new OrderDescription(
        toContract(contract),
        contract.secType(),
        side,
        terms.totalQuantity(),
        terms.orderType(),
        terms.tif().isEmpty() ? "DAY" : terms.tif(),
        limit == null || limit.isNaN() || limit.isInfinite() ? null : BigDecimal.valueOf(limit),
        terms.orderRef());
  }

  /** The constant named {@code name} exactly, or {@code null}: IB's names are upper case. */
  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
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

  /**
   * What a contract block tells, its secType included (a currency pair's fill is no stock's);
   * minimum tick and long name are not in order messages.
   */
  static Contract toContract(WireContract contract) {
    return new Contract(
        contract.conId(),
        contract.symbol(),
        contract.currency(),
        contract.primaryExchange(),
        null,
        "",
        contract.secType());
  }

  /**
   * {@link #toFill}, or {@code null} (logged) for an execution whose side is none of IB's: a fill
   * whose direction is unknown is left out rather than guessed.
   */
  static Fill toFillOrNull(
      Execution execution, WireContract contract, Contract known, BigDecimal commission) {
    try {
      return toFill(execution, contract, known, commission);
    } catch (IllegalArgumentException e) {
      log.warn(
          "Leaving out execution {} of order {} ({} {}): {}",
          execution.execId(),
          execution.orderId(),
          contract.secType(),
          contract.symbol(),
          e.getMessage());
      return null;
    }
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
