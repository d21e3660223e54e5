package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * OPEN_ORDER (in 5, §3.8): an order and its state. No version field at 176; 136 fields for a plain
 * stock order, plus the algo count and tag/value pairs after algoStrategy (#91) when there is one.
 *
 * <p>Real gateways send deltaNeutralOrderType {@code None} (not empty) for every order, and IB's
 * decoders then read 8 delta-neutral fields more (conId, settlingFirm, clearingAccount,
 * clearingIntent, openClose, shortSale, shortSaleSlot, designatedLocation: xqguo/twsapi@1cd3b04
 * EOrderDecoder.readVolOrderParams): every real OPEN_ORDER frame of the corpus ({@code
 * src/test/resources/tws/real-frames/}, e.g. rust-ibapi@7014f747 src/transport/connection/tests.rs)
 * has them, with the values written here.
 *
 * <p>Writing follows those real frames field for field (an unset price as {@code 0.0} or IB's
 * {@code MAX_VALUE}, clearingIntent {@code IB}, ocaType 3, ...); where they vary, the values of
 * rust-ibapi's AAPL stock order are used.
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

  /** What real gateways send as deltaNeutralOrderType for an order without one. */
  public static final String NO_DELTA_NEUTRAL_ORDER_TYPE = "None";

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
    contract.writeInOrderMessage(out); // 2-12
    terms.writeLeadingFieldsOfGateway(out); // 13-23
    out.add(clientId).add(permId).add(terms.outsideRth()); // 24-26
    out.addAll("0", "0").add(terms.goodAfterTime()); // 27-29: hidden, discretionaryAmt
    out.add(sharesAllocation()).addAll("", "", "", "", ""); // 30-35: ..., FA fields, modelCode
    out.add(terms.goodTillDate()); // 36
    out.addAll("", "", "", "0", "", "-1", "0", "", "", "", "", ""); // 37-48
    out.add(FieldWriter.UNSET_INT).addAll("0", "0", "0", "", "3", "0", "0", ""); // 49-57
    out.add(terms.parentId()); // 58
    out.addAll("0", "", "0").add(NO_DELTA_NEUTRAL_ORDER_TYPE).add(""); // 59-63
    out.addAll("0", "", "", "", "?", "0", "0", ""); // 64-71: the delta-neutral block "None" opens
    out.addAll("0", "0", "", "", "", "", ""); // 72-78: continuousUpdate ... comboLegsDescrip
    out.addAll("0", "0", "0", FieldWriter.UNSET_INT, FieldWriter.UNSET_INT); // 79-83
    out.addAll("", "", "0", "", "IB", "0", "0"); // 84-90: ..., clearingIntent, notHeld
    terms.writeAlgo(out); // 91
    out.add("0").add(terms.whatIf()).add(status); // 92-94
    for (int i = 95; i <= 103; i++) {
      out.add(FieldWriter.UNSET_DOUBLE); // margin preview: unset unless what-if
    }
    out.addAll("", "", "", "", ""); // 104-108: commission preview, warning text
    out.addAll("0", "0", "0", NO_DELTA_NEUTRAL_ORDER_TYPE); // 109-112: ..., adjustedOrderType
    for (int i = 113; i <= 118; i++) {
      out.add(FieldWriter.UNSET_DOUBLE); // adjusted-order prices
    }
    out.addAll("0", "", "", "", "0", "1", "0", "0", "0", "", "", "0"); // 119-130
    out.addAll("", "100", "0.02", "", ""); // 131-135: PEG BEST/MID attributes
  }

  /**
   * The deprecated sharesAllocation field, which real gateways fill with {@code
   * <permId>.0/<account>/100} (every OPEN_ORDER frame of {@code tws/real-frames/}).
   */
  private String sharesAllocation() {
    return permId + ".0/" + terms.account() + "/100";
  }

  public static OpenOrder read(FieldReader in) {
    int orderId = in.readInt();
    WireContract contract = WireContract.readWithoutPrimaryExchange(in);
    OrderTerms leading = OrderTerms.readLeadingFieldsOfGateway(in);
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
      in.skip(8); // conId, settlingFirm, clearingAccount, clearingIntent, openClose, short sale
    }
    in.skip(7); // continuousUpdate ... comboLegsDescrip
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
    in.skip(4); // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
    if (in.readBool()) {
      in.skip(3); // delta-neutral contract: conId, delta, price
    }
    String algoStrategy = in.readString();
    var algoParams = OrderTerms.readAlgoParams(in, algoStrategy);
    in.skip(1); // solicited
    boolean whatIf = in.readBool();
    String status = in.readString();
    in.skip(16); // order state preview, warningText, randomize flags
    int conditions = in.readInt();
    if (conditions != 0 || leading.orderType().startsWith("PEG ")) {
      in.skip(in.remaining()); // layouts not in the reference; nothing after here is used
    } else {
      in.skip(24); // the 24 fields after the conditions count
    }
    OrderTerms terms =
        leading.withLaterFields(
            outsideRth, goodAfterTime, goodTillDate, parentId, algoStrategy, algoParams, whatIf);
    return new OpenOrder(orderId, contract, terms, clientId, permId, status);
  }
}
