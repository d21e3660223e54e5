package dev.ibtrading.broker;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * An order as the broker describes it, whichever client placed it and whatever its kind. Where the
 * worker's own vocabulary ({@link OrderRequest}: stocks, {@link OrderType}, {@link TimeInForce})
 * does not reach, it keeps IB's words: another client's stop order, IOC order or option order is
 * read and reported as what it is, never mistaken for one the worker could have placed.
 *
 * @param contract what the order trades; for anything but a stock the symbol is the underlying's
 *     (an option on SPY says SPY), so {@link #isStock()} decides whether it is shares
 * @param securityType IB's secType: {@code STK} for stocks and ETFs; {@code OPT}, {@code FUT},
 *     {@code CASH}, {@code FOP}, {@code BOND}, {@code CFD}, ... for others
 * @param side BUY, or SELL for IB's SELL, SSHORT and SLONG
 * @param quantity the order's total quantity; zero when the broker left it unset (an order sized by
 *     cash amount)
 * @param orderType IB's order type: {@code MKT}, {@code LMT}, {@code STP}, {@code STP LMT}, {@code
 *     TRAIL}, {@code REL}, ...
 * @param timeInForce IB's time in force: {@code DAY}, {@code GTC}, {@code IOC}, {@code GTD}, {@code
 *     OPG}, {@code FOK}, {@code DTC}, ...
 * @param limitPrice {@code null} when the order has none
 * @param orderRef free text echoed on the order; the run key for the worker's orders
 */
public record OrderDescription(
    Contract contract,
    String securityType,
    OrderSide side,
    BigDecimal quantity,
    String orderType,
    String timeInForce,
    BigDecimal limitPrice,
    String orderRef) {
  /** IB's secType of stocks and ETFs, the only instruments the worker trades. */
  public static final String STOCK = "STK";

  public OrderDescription {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(side, "side");
    securityType = securityType == null ? "" : securityType;
    quantity = quantity == null ? BigDecimal.ZERO : quantity;
    orderType = orderType == null ? "" : orderType;
    timeInForce = timeInForce == null ? "" : timeInForce;
    orderRef = orderRef == null ? "" : orderRef;
  }

  /**
   * How the worker describes an order it asks for, in its own terms: a stock or a currency pair.
   */
  public static OrderDescription of(OrderRequest request) {
    return new OrderDescription(
        request.contract(),
        request.contract().securityType(),
        request.side(),
        request.quantity(),
        request.type().name(),
        request.timeInForce().name(),
        request.limitPrice(),
        request.orderRef());
  }

  /** True for shares of a stock or ETF. */
  public boolean isStock() {
    return STOCK.equals(securityType.toUpperCase(Locale.ROOT));
  }
}
