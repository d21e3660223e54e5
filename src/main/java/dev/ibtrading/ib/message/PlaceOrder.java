package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * PLACE_ORDER (out 3, §3.7): no version field at 176; 115 fields for a plain stock order, plus the
 * algo count and tag/value pairs right after algoStrategy (#83) when there is an algo.
 *
 * <p>Writing sends exactly what IB's own Java client sends for the fields this record does not
 * model. Reading accepts both IB Java's defaults and stoqey's empty fields, and skips the fields it
 * does not model. Layout variants that insert fields this project does not decode (combo legs,
 * delta-neutral orders, scale orders, hedges, conditions, pegged-to-benchmark orders, IBKRATS and
 * PEG BEST/MID extras) throw {@link CorruptFrameException}: the positions of every later field
 * would be guesses.
 *
 * @param transmit false stages the order in TWS without sending it (IB's default is true)
 */
public record PlaceOrder(int orderId, WireContract contract, OrderTerms terms, boolean transmit)
    implements ClientMessage {

  public PlaceOrder(int orderId, WireContract contract, OrderTerms terms) {
    this(orderId, contract, terms, true);
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.PLACE_ORDER;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(orderId); // 1
    contract.writeWithPrimaryExchange(out); // 2-13
    out.add((String) null).add((String) null); // 14 secIdType, 15 secId
    terms.writeLeadingFields(out); // 16-26
    out.add(transmit).add(terms.parentId()); // 27-28
    out.addAll("0", "0", "0", "0").add(terms.outsideRth()).add("0"); // 29-34
    out.add((String) null).add(FieldWriter.UNSET_DOUBLE); // 35, 36 discretionaryAmt
    out.add(terms.goodAfterTime()).add(terms.goodTillDate()); // 37, 38
    out.addAll("", "", "", "", ""); // 39-43 fa*, modelCode
    out.addAll("0", "", "-1", "0", "", "", "0", "", ""); // 44-52
    out.addAll("0", "0", "", "0", "", "", "", "", "", "0"); // 53-62
    out.addAll("", FieldWriter.UNSET_INT, "", "", "0", FieldWriter.UNSET_INT); // 63-68
    out.addAll("", "", "", "", "", "", "", "", ""); // 69-77 trail, scale, active, hedgeType
    out.addAll("0", "", "", "0", "0"); // 78-82
    terms.writeAlgo(out); // 83
    out.add((String) null).add(terms.whatIf()); // 84 algoId, 85 whatIf
    out.addAll("", "0", "0", "0", "0", ""); // 86-91
    for (int i = 92; i <= 96; i++) {
      out.add(FieldWriter.UNSET_DOUBLE); // trigger, offset, adjusted stop/limit/trailing
    }
    out.addAll("0", "", "", "", "", "", "", "", ""); // 97-105
    out.addAll("0", "0", "0", "", FieldWriter.UNSET_INT, FieldWriter.UNSET_INT); // 106-111
    out.addAll("0", "", ""); // 112-114
  }

  /** Reads a frame from any client that writes IB's layout at 176 (IB Java, stoqey, ours). */
  public static PlaceOrder read(FieldReader in) {
    int orderId = in.readInt();
    WireContract contract = WireContract.readWithPrimaryExchange(in);
    if (contract.secType().equals("BAG")) {
      throw unsupported(orderId, "a combo (BAG) contract");
    }
    in.skip(2); // secIdType, secId
    OrderTerms leading = OrderTerms.readLeadingFields(in);
    String orderType = leading.orderType();
    boolean transmit = in.readBool();
    int parentId = in.readInt();
    in.skip(4); // blockOrder, sweepToFill, displaySize, triggerMethod
    boolean outsideRth = in.readBool();
    in.skip(3); // hidden, sharesAllocation, discretionaryAmt
    String goodAfterTime = in.readString();
    String goodTillDate = in.readString();
    in.skip(26); // 39-64: FA fields ... volatilityType
    if (!in.readString().isEmpty()) {
      throw unsupported(orderId, "a delta-neutral order type");
    }
    in.skip(6); // 66-71: deltaNeutralAuxPrice ... scaleInitLevelSize
    in.skip(1); // 72 scaleSubsLevelSize
    Double scalePriceIncrement = in.readDoubleMax();
    if (scalePriceIncrement != null && scalePriceIncrement > 0) {
      throw unsupported(orderId, "a scale order");
    }
    in.skip(3); // 74-76: scaleTable, activeStartTime, activeStopTime
    if (!in.readString().isEmpty()) {
      throw unsupported(orderId, "a hedge");
    }
    in.skip(4); // 78-81: optOutSmartRouting, clearingAccount, clearingIntent, notHeld
    if (in.readBool()) {
      throw unsupported(orderId, "a delta-neutral contract");
    }
    String algoStrategy = in.readString();
    var algoParams = OrderTerms.readAlgoParams(in, algoStrategy);
    in.skip(1); // algoId
    boolean whatIf = in.readBool();
    in.skip(4); // 86-89: orderMiscOptions, solicited, randomizeSize, randomizePrice
    if (orderType.equals("PEG BENCH")) {
      throw unsupported(orderId, "a pegged-to-benchmark order");
    }
    if (in.readInt() != 0) {
      throw unsupported(orderId, "order conditions");
    }
    in.skip(24); // 91-114: adjusted order fields ... manualOrderTime
    if (contract.exchange().equals("IBKRATS")
        || orderType.equals("PEG BEST")
        || orderType.equals("PEG MID")) {
      throw unsupported(orderId, "IBKRATS or PEG BEST/MID fields");
    }
    OrderTerms terms =
        leading.withLaterFields(
            outsideRth, goodAfterTime, goodTillDate, parentId, algoStrategy, algoParams, whatIf);
    return new PlaceOrder(orderId, contract, terms, transmit);
  }

  private static CorruptFrameException unsupported(int orderId, String what) {
    return new CorruptFrameException(
        "PLACE_ORDER "
            + orderId
            + " has "
            + what
            + ", whose extra fields are not decoded (expected: a plain order as in §3.7)");
  }
}
