package dev.ibtrading.paper;

import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What the paper gateway accepts: US stocks of the {@link PaperUniverse} and the currency pairs
 * {@link PaperFx} quotes on IDEALPRO (else error 200), and MKT, LMT, MOC, LOC orders, DAY, GTC or
 * OPG, optionally through the Adaptive algo (else 201 with the reason from {@link #problem}).
 */
final class PaperOrderValidator {
  static final Set<String> ORDER_TYPES = Set.of("MKT", "LMT", "MOC", "LOC");
  static final Set<String> ADAPTIVE_PRIORITIES = Set.of("Urgent", "Normal", "Patient");

  private PaperOrderValidator() {}

  /**
   * The instrument an order's contract names, by contract id or symbol; empty means 200. A currency
   * pair ({@code CASH}) is named by its symbol and currency, on IDEALPRO (or no exchange), as IB
   * names EUR.USD: symbol EUR, currency USD ({@link WireContract#cash(int, String, String)}), in
   * the market's order and of currencies the paper market quotes ({@link PaperFx#resolve}).
   */
  static Optional<PaperInstrument> instrument(WireContract contract) {
    if (isCurrencyPair(contract)) {
      return PaperFx.resolve(contract).map(PaperFx::instrument);
    }
    if (!contract.secType().equals("STK")
        || !(contract.currency().isEmpty() || contract.currency().equals("USD"))) {
      return Optional.empty();
    }
    if (contract.conId() > 0) {
      return PaperUniverse.byConId(contract.conId())
          .filter(
              i -> contract.symbol().isEmpty() || i.symbol().equalsIgnoreCase(contract.symbol()));
    }
    return PaperUniverse.bySymbol(contract.symbol());
  }

  /**
   * Why the order cannot be accepted, worded for "Order rejected - reason: ..."; null if it can.
   */
  static String problem(PlaceOrder order, String account) {
    OrderTerms terms = order.terms();
    String type = terms.orderType();
    String tif = effectiveTif(terms);
    if (!order.transmit()) {
      return "orders that are not transmitted (transmit=0) are not supported";
    }
    if (terms.whatIf()) {
      return "what-if orders are not supported";
    }
    if (terms.parentId() != 0) {
      return "child orders (parentId " + terms.parentId() + ") are not supported";
    }
    if (!terms.action().equals("BUY") && !terms.action().equals("SELL")) {
      return "action '" + terms.action() + "' (expected: BUY or SELL)";
    }
    BigDecimal quantity = terms.totalQuantity();
    if (quantity == null || quantity.signum() <= 0) {
      return "quantity " + quantity + " (expected: > 0)";
    }
    if (quantity.stripTrailingZeros().scale() > 0) {
      return "fractional quantity " + quantity.toPlainString() + " is not supported";
    }
    if (!ORDER_TYPES.contains(type)) {
      return "order type '" + type + "' is not supported (expected: MKT, LMT, MOC or LOC)";
    }
    boolean needsLimit = type.equals("LMT") || type.equals("LOC");
    if (needsLimit && (terms.limitPrice() == null || terms.limitPrice() <= 0)) {
      return type + " order needs a positive limit price (got " + terms.limitPrice() + ")";
    }
    if (!Set.of("DAY", "GTC", "OPG").contains(tif)) {
      return "time in force '" + tif + "' is not supported (expected: DAY, GTC or OPG)";
    }
    if ((type.equals("MOC") || type.equals("LOC")) && !tif.equals("DAY")) {
      return type + " orders must be DAY (got " + tif + ")";
    }
    if (!terms.account().isEmpty() && !terms.account().equals(account)) {
      return "account "
          + terms.account()
          + " is not managed by this login (expected: "
          + account
          + ")";
    }
    if (!terms.goodTillDate().isEmpty()) {
      return "goodTillDate is not supported";
    }
    if (!terms.goodAfterTime().isEmpty()
        && PaperOrderTimes.parseIbTime(terms.goodAfterTime()) == null) {
      return "goodAfterTime '"
          + terms.goodAfterTime()
          + "' (expected: yyyyMMdd HH:mm:ss, optionally a zone)";
    }
    return algoProblem(terms);
  }

  /** Whether {@code contract} is a currency pair (IB's secType {@code CASH}). */
  static boolean isCurrencyPair(WireContract contract) {
    return contract.secType().equals(WireContract.CASH);
  }

  /** IB takes an empty time in force as DAY. */
  static String effectiveTif(OrderTerms terms) {
    return terms.tif().isEmpty() ? "DAY" : terms.tif();
  }

  private static String algoProblem(OrderTerms terms) {
    if (terms.algoStrategy().isEmpty()) {
      return null;
    }
    if (!terms.algoStrategy().equals("Adaptive")) {
      return "algo '" + terms.algoStrategy() + "' is not supported (expected: Adaptive)";
    }
    String priority = terms.algoParam("adaptivePriority");
    if (!ADAPTIVE_PRIORITIES.contains(priority)) {
      return "adaptivePriority '" + priority + "' (expected: Urgent, Normal or Patient)";
    }
    return null;
  }
}
