package dev.ibtrading.paper;

import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * One order in the paper order book and where it stands. Mutable; guarded by the {@link
 * PaperOrderBook}'s lock. Statuses follow §5.3: PreSubmitted, Submitted, then Filled, Cancelled or
 * Inactive.
 */
final class PaperOrder {
  static final String PRE_SUBMITTED = "PreSubmitted";
  static final String SUBMITTED = "Submitted";
  static final String FILLED = "Filled";
  static final String CANCELLED = "Cancelled";
  static final String INACTIVE = "Inactive";

  final int clientId;
  final int orderId;
  final long permId;
  final PaperInstrument instrument;
  final WireContract contract;
  OrderTerms terms;
  String status = PRE_SUBMITTED;

  /** Waiting outside regular hours for the open (warning 399 was sent). */
  boolean heldUntilOpen;

  /** MOC/LOC fill at the close, OPG at the open; {@code null} for continuous orders. */
  Instant auctionAt;

  /**
   * A DAY order ends here unfilled; {@code null} for GTC, auction orders, or an always-open market.
   */
  Instant expiresAt;

  /** goodAfterTime: the order does not fill before it; {@code null} for none. */
  Instant goodAfter;

  /** The next fill (slice) may not happen before this; delays from the config and the rules. */
  Instant nextFillAt;

  final int slices;
  final Duration sliceInterval;
  int slicesDone;
  BigDecimal filled = BigDecimal.ZERO;
  private BigDecimal notional = BigDecimal.ZERO;
  double lastFillPrice;

  PaperOrder(
      int clientId,
      int orderId,
      long permId,
      PaperInstrument instrument,
      WireContract contract,
      OrderTerms terms,
      int slices,
      Duration sliceInterval) {
    this.clientId = clientId;
    this.orderId = orderId;
    this.permId = permId;
    this.instrument = instrument;
    this.contract = contract;
    this.terms = terms;
    this.slices = slices;
    this.sliceInterval = sliceInterval;
  }

  boolean isWorking() {
    return status.equals(PRE_SUBMITTED) || status.equals(SUBMITTED);
  }

  boolean isBuy() {
    return terms.action().equals("BUY");
  }

  BigDecimal quantity() {
    return terms.totalQuantity();
  }

  BigDecimal remaining() {
    return quantity().subtract(filled).max(BigDecimal.ZERO);
  }

  double averagePrice() {
    return filled.signum() == 0 ? 0 : notional.divide(filled, MathContext.DECIMAL64).doubleValue();
  }

  /** Books one slice; returns the order's new status. */
  String addFill(BigDecimal shares, BigDecimal price) {
    filled = filled.add(shares);
    notional = notional.add(shares.multiply(price));
    lastFillPrice = price.doubleValue();
    slicesDone++;
    status = remaining().signum() == 0 ? FILLED : SUBMITTED;
    return status;
  }

  OpenOrder openOrder() {
    return new OpenOrder(orderId, contract, terms, clientId, permId, status);
  }

  OrderStatusMessage orderStatus() {
    return new OrderStatusMessage(
        orderId,
        status,
        filled,
        remaining(),
        averagePrice(),
        permId,
        terms.parentId(),
        lastFillPrice,
        clientId,
        "",
        0);
  }
}
