package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * OPEN_ORDER (in 5, §3.8): an order and its state. No version field at 176; 128 fields for a plain
 * stock order, plus the algo count and tag/value pairs after algoStrategy (#83) when there is one.
 *
 * <p>Reading is lenient about what a real gateway may send for orders this project did not place
 * (another client's or a manual TWS order): the delta-neutral, combo, scale, hedge and
 * delta-neutral-contract inserts are skipped (their sizes are in §3.8; combo blocks are assumed to
 * mirror PLACE_ORDER's, count + 8 fields a leg, 1 per order-leg price, 2 per routing parameter);
 * after order conditions or a PEG BENCH/BEST/MID type, whose layouts are not in the reference, the
 * rest of the message (all after the status) is skipped.
 *
 * @param status IB's status string, e.g. {@code PreSubmitted}
 */
public record OpenOrder(
    int orderId, WireContract contract, OrderTerms terms, int clientId, long permId, String status)
    implements ServerMessage {

  public OpenOrder {
    contract = contract.withoutPrimaryExchange();
    status = status == null ? "" : status;
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.OPEN_ORDER;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(orderId); // 1
    contract.writeWithoutPrimaryExchange(out); // 2-12
    terms.writeLeadingFields(out); // 13-23
    out.add(clientId).add(permId).add(terms.outsideRth()); // 24-26
    out.addAll("0", "0").add(terms.goodAfterTime()); // 27-29
    out.addAll("", "", "", "", "", "").add(terms.goodTillDate()); // 30-36
    out.addAll("", "", "", "0", "", "-1", "0", "", "", "", "", ""); // 37-48
    out.addAll("", "0", "0", "0", "", "0", "0", "0", "").add(terms.parentId()); // 49-58
    out.addAll("0", "", "0", "", "", "0", "0", "", "", "", "", ""); // 59-70
    out.addAll("0", "0", "0", "", "", "", "", "0", "", "", "0", "0"); // 71-82
    terms.writeAlgo(out); // 83
    out.add("0").add(terms.whatIf()).add(status); // 84-86
    for (int i = 87; i <= 100; i++) {
      out.add((String) null); // margin and commission preview, warning text
    }
    out.addAll("0", "0", "0", "", "", "", "", "", "", "", "0"); // 101-111
    out.addAll("", "", "", "", "0", "0", "0", "0", "0", "", "0"); // 112-122
    out.addAll("", "", "", "", ""); // 123-127
  }

  public static OpenOrder read(FieldReader in) {
    int orderId = in.readInt();
    WireContract contract = WireContract.readWithoutPrimaryExchange(in);
    OrderTerms leading = OrderTerms.readLeadingFields(in);
    int clientId = in.readInt();
    long permId = in.readLong();
    boolean outsideRth = in.readBool();
    in.skip(2); // hidden, discretionaryAmt
    String goodAfterTime = in.readString();
    in.skip(6); // 30-35: sharesAllocation, FA fields, modelCode
    String goodTillDate = in.readString();
    in.skip(21); // 37-57: rule80A ... nbboPriceCap
    int parentId = in.readInt();
    in.skip(3); // 59-61: triggerMethod, volatility, volatilityType
    String deltaNeutralOrderType = in.readString();
    in.skip(1); // deltaNeutralAuxPrice
    if (!deltaNeutralOrderType.isEmpty()) {
      in.skip(8);
    }
    in.skip(7); // 64-70: continuousUpdate ... comboLegsDescrip
    in.skip(8 * in.readInt()); // combo legs
    in.skip(in.readInt()); // order combo leg prices
    in.skip(2 * in.readInt()); // smart combo routing parameters
    in.skip(2); // scaleInitLevelSize, scaleSubsLevelSize
    Double scalePriceIncrement = in.readDoubleMax();
    if (scalePriceIncrement != null && scalePriceIncrement > 0) {
      in.skip(7);
    }
    if (!in.readString().isEmpty()) {
      in.skip(1); // hedgeParam
    }
    in.skip(4); // 78-81: optOutSmartRouting, clearingAccount, clearingIntent, notHeld
    if (in.readBool()) {
      in.skip(3); // delta-neutral contract: conId, delta, price
    }
    String algoStrategy = in.readString();
    var algoParams = OrderTerms.readAlgoParams(in, algoStrategy);
    in.skip(1); // solicited
    boolean whatIf = in.readBool();
    String status = in.readString();
    in.skip(16); // 87-102: order state preview, warningText, randomize flags
    int conditions = in.readInt();
    if (conditions != 0 || leading.orderType().startsWith("PEG ")) {
      in.skip(in.remaining()); // layouts not in the reference; nothing after here is used
    } else {
      in.skip(24); // 104-127
    }
    OrderTerms terms =
        leading.withLaterFields(
            outsideRth, goodAfterTime, goodTillDate, parentId, algoStrategy, algoParams, whatIf);
    return new OpenOrder(orderId, contract, terms, clientId, permId, status);
  }
}
