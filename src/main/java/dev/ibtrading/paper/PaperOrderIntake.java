package dev.ibtrading.paper;

import dev.ibtrading.ib.IbErrorCodes;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a new or modified order into the book (§5.3): an unknown contract is answered 200; an
 * invalid order or one a rule rejects, 201 then ORDER_STATUS Cancelled; an accepted one, OPEN_ORDER
 * + ORDER_STATUS PreSubmitted, then Submitted unless it waits (or Inactive, then 201, when a {@link
 * PaperOrderRules#deactivateWhen} rule says so). Outside regular hours an order without {@code
 * outsideRth} waits for the open with warning 399; auction orders (MOC, LOC, OPG) wait for their
 * auction without a warning. Runs under the book's lock.
 */
final class PaperOrderIntake {
  private static final Logger log = LoggerFactory.getLogger(PaperOrderIntake.class);

  private final PaperGateway gateway;
  private final PaperOrderRules rules;

  PaperOrderIntake(PaperGateway gateway, PaperOrderRules rules) {
    this.gateway = gateway;
    this.rules = rules;
  }

  /** The accepted order, or {@code null} when it was refused (the client has been told). */
  PaperOrder accept(PlaceOrder request, PaperSession session, long permId) {
    int orderId = request.orderId();
    Optional<PaperInstrument> instrument = PaperOrderValidator.instrument(request.contract());
    if (instrument.isEmpty()) {
      session.sendError(
          orderId, IbErrorCodes.NO_SECURITY_DEFINITION, PaperContracts.NO_SECURITY_DEFINITION);
      return null;
    }
    String account = gateway.config().account();
    OrderTerms terms = normalized(request.terms(), account);
    PaperOrder order =
        new PaperOrder(
            session.clientId(),
            orderId,
            permId,
            instrument.get(),
            echoed(request.contract(), instrument.get()),
            terms,
            rules.slices(),
            rules.sliceInterval());
    String problem = PaperOrderValidator.problem(request, account);
    if (problem == null) {
      problem = rules.rejection(ticket(order)).orElse(null);
    }
    if (problem != null) {
      log.info("Paper order {} of client {} rejected: {}", orderId, order.clientId, problem);
      order.status = PaperOrder.CANCELLED;
      session.sendError(
          orderId, IbErrorCodes.ORDER_REJECTED, "Order rejected - reason: " + problem);
      session.send(order.orderStatus());
      return null;
    }
    Optional<String> deactivation = rules.deactivation(ticket(order));
    if (deactivation.isPresent()) {
      session.send(order.openOrder());
      session.send(order.orderStatus());
      order.status = PaperOrder.INACTIVE;
      session.send(order.openOrder());
      session.send(order.orderStatus());
      session.sendError(
          orderId, IbErrorCodes.ORDER_REJECTED, "Order rejected - reason: " + deactivation.get());
      return null;
    }
    schedule(order, session);
    return order;
  }

  /** A PLACE_ORDER naming a working order of the same client: new price, quantity, tif, ... */
  void modify(PaperOrder order, PlaceOrder request, PaperSession session) {
    OrderTerms terms = normalized(request.terms(), gateway.config().account());
    String problem = PaperOrderValidator.problem(request, gateway.config().account());
    if (problem == null
        && (!PaperOrderValidator.instrument(request.contract())
                .equals(Optional.of(order.instrument))
            || !terms.action().equals(order.terms.action())
            || !terms.orderType().equals(order.terms.orderType())
            || !terms.tif().equals(order.terms.tif()))) {
      problem = "a modification cannot change the contract, side, order type or time in force";
    }
    if (problem == null && terms.totalQuantity().compareTo(order.filled) < 0) {
      problem = "quantity " + terms.totalQuantity() + " is below the " + order.filled + " filled";
    }
    if (problem != null) {
      // Not 201: the order itself goes on working unchanged.
      session.sendError(
          request.orderId(), IbErrorCodes.INVALID_REQUEST, "Error validating request: " + problem);
      return;
    }
    order.terms = terms;
    if (order.remaining().signum() == 0) {
      order.status = PaperOrder.FILLED;
    } else if (order.heldUntilOpen && terms.outsideRth()) {
      order.heldUntilOpen = false; // may now trade outside regular hours
      order.status = PaperOrder.SUBMITTED;
    }
    session.send(order.openOrder());
    session.send(order.orderStatus());
  }

  private void schedule(PaperOrder order, PaperSession session) {
    PaperGatewayConfig config = gateway.config();
    Instant now = gateway.clock().now();
    ExchangeCalendar calendar = gateway.market().calendar();
    boolean currencyPair = PaperOrderValidator.isCurrencyPair(order.contract);
    // Currencies trade around the clock on weekdays (IDEALPRO), not on the exchange's hours: the
    // paper desk converts at any time, and a DAY conversion does not end at the stock close.
    boolean regular = currencyPair || gateway.market().isRegularHours();
    boolean auction = isAuction(order.terms);
    if (auction && !config.alwaysOpen()) {
      order.auctionAt =
          order.terms.tif().equals("OPG")
              ? PaperOrderTimes.nextOpen(calendar, now)
              : PaperOrderTimes.nextClose(calendar, now);
    } else if (!auction && !regular && !order.terms.outsideRth()) {
      order.heldUntilOpen = true;
      session.sendError(
          order.orderId,
          IbErrorCodes.ORDER_HELD_UNTIL_OPEN,
          "Order Message: "
              + order.terms.action()
              + " "
              + order.quantity().toPlainString()
              + " "
              + order.instrument.symbol()
              + " Warning: your order will not be placed at the exchange until "
              + PaperOrderTimes.shown(PaperOrderTimes.nextOpen(calendar, now)));
    }
    if (!auction && !currencyPair && !config.alwaysOpen() && order.terms.tif().equals("DAY")) {
      order.expiresAt =
          order.terms.outsideRth()
              ? PaperOrderTimes.nextAfterHoursEnd(calendar, now)
              : PaperOrderTimes.nextClose(calendar, now);
    }
    Duration configured = config.fillDelay() == null ? Duration.ZERO : config.fillDelay();
    order.nextFillAt = now.plus(configured).plus(rules.fillDelay());
    order.goodAfter =
        order.terms.goodAfterTime().isEmpty()
            ? null
            : PaperOrderTimes.parseIbTime(order.terms.goodAfterTime());
    session.send(order.openOrder());
    session.send(order.orderStatus());
    if (!order.heldUntilOpen && (regular || !auction)) {
      order.status = PaperOrder.SUBMITTED;
      session.send(order.openOrder());
      session.send(order.orderStatus());
    }
  }

  private static boolean isAuction(OrderTerms terms) {
    return terms.orderType().equals("MOC")
        || terms.orderType().equals("LOC")
        || terms.tif().equals("OPG");
  }

  private static PaperOrderRules.OrderTicket ticket(PaperOrder order) {
    return new PaperOrderRules.OrderTicket(
        order.clientId,
        order.orderId,
        order.instrument.symbol(),
        order.terms.action(),
        order.terms.totalQuantity(),
        order.terms.orderType(),
        order.terms.orderRef());
  }

  /** The contract as OPEN_ORDER and executions report it: qualified, as the gateway knows it. */
  private static WireContract echoed(WireContract requested, PaperInstrument instrument) {
    if (PaperOrderValidator.isCurrencyPair(requested)) {
      return WireContract.cash(instrument.conId(), requested.symbol(), requested.currency());
    }
    return WireContract.stock(
        instrument.conId(),
        instrument.symbol(),
        requested.exchange().isEmpty() ? "SMART" : requested.exchange(),
        "",
        "USD",
        instrument.symbol(),
        instrument.tradingClass());
  }

  /** The terms as the gateway keeps them: its account, IB's default time in force. */
  private static OrderTerms normalized(OrderTerms terms, String account) {
    return new OrderTerms(
        terms.action(),
        terms.totalQuantity(),
        terms.orderType(),
        terms.limitPrice(),
        terms.auxPrice(),
        PaperOrderValidator.effectiveTif(terms),
        account,
        terms.orderRef(),
        terms.outsideRth(),
        terms.goodAfterTime(),
        terms.goodTillDate(),
        terms.parentId(),
        terms.algoStrategy(),
        terms.algoParams(),
        terms.whatIf());
  }
}
