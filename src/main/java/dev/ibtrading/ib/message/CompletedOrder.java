package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * COMPLETED_ORDER (in 101): one order that ended today (filled or cancelled), in the answer to
 * {@link RequestCompletedOrders}. No version field and no order id; the order is known by its
 * permId. 100 fields at server version 176 for a plain stock order without algo.
 *
 * <p>Field order and types are those IB's decoders read at 176 (xqguo/twsapi@f3ca7c7
 * ibapi/decoder.py processCompletedOrderMsg with ibapi/orderdecoder.py, the same order as
 * ib_async@2afdae4 decoder.completedOrder): contract (11, as in OPEN_ORDER), the leading terms
 * (11), permId, outsideRth, hidden, discretionaryAmt, goodAfterTime, faGroup, faMethod,
 * faPercentage, faProfile (below 177), modelCode, goodTillDate, rule80A, percentOffset,
 * settlingFirm, shortSaleSlot, designatedLocation, exemptCode, startingPrice, stockRefPrice, delta,
 * stockRangeLower, stockRangeUpper, displaySize, sweepToFill, allOrNone, minQty, ocaType,
 * triggerMethod, volatility, volatilityType, deltaNeutralOrderType, deltaNeutralAuxPrice,
 * continuousUpdate, referencePriceType, trailStopPrice, trailingPercent, comboLegsDescrip, combo
 * leg count, order combo leg count, smart combo routing count, scaleInitLevelSize,
 * scaleSubsLevelSize, scalePriceIncrement, hedgeType, clearingAccount, clearingIntent, notHeld,
 * deltaNeutralContract present, algoStrategy (+ params), solicited, status, randomizeSize,
 * randomizePrice, conditions count, trailStopPrice, lmtPriceOffset, cashQty,
 * dontUseAutoPriceForHedge, isOmsContainer, autoCancelDate, filledQuantity, refFuturesConId,
 * autoCancelParent, shareholder, imbalanceOnly, routeMarketableToBbo, parentPermId, completedTime,
 * completedStatus, minTradeQty, minCompeteSize, competeAgainstBestOffset, midOffsetAtWhole,
 * midOffsetAtHalf.
 *
 * <p>As in {@link OpenOrder}, real gateways send deltaNeutralOrderType {@code None}, after which
 * IB's decoders read 4 delta-neutral fields for a completed order (conId, shortSale, shortSaleSlot,
 * designatedLocation: xqguo/twsapi@1cd3b04 EOrderDecoder.readVolOrderParams without the open-order
 * attributes); the completed orders rust-ibapi captured from IB Gateway have them
 * (wboayue/rust-ibapi@f2dfc23 src/client/common.rs setup_completed_orders: "Real CompletedOrder
 * message captured from IB Gateway", an ES future). Writing follows that frame field for field
 * (displaySize, refFuturesConId and parentPermId unset as IB's MAX values, clearingIntent {@code
 * IB}, ocaType 3, dontUseAutoPriceForHedge 1, ...), but for its trailStopPrice, left empty.
 *
 * <p>Reading skips the conditional inserts as {@link OpenOrder} does; after order conditions or a
 * PEG BENCH type the rest is skipped and the completion fields stay empty.
 *
 * @param status the order's last status, {@code Filled} or {@code Cancelled}
 * @param completedTime {@code yyyyMMdd HH:mm:ss zone}, e.g. {@code 20250708 02:34:46
 *     America/New_York} (rust-ibapi@0e41d5b src/orders/async_tests.rs)
 * @param completedStatus e.g. {@code Filled}, {@code Cancelled by Trader} (same source)
 */
public record CompletedOrder(
    WireContract contract,
    OrderTerms terms,
    long permId,
    String status,
    BigDecimal filledQuantity,
    String completedTime,
    String completedStatus)
    implements ServerMessage {

  /** What IB reports in the shareholder field of an ordinary account's order (same source). */
  public static final String NOT_A_SHAREHOLDER = "Not an insider or substantial shareholder";

  /** The parentPermId of an order without parent: IB's unset long (same source). */
  private static final String NO_PARENT_PERM_ID = String.valueOf(Long.MAX_VALUE);

  public CompletedOrder {
    contract = contract.withoutPrimaryExchange();
    status = status == null ? "" : status;
    completedTime = completedTime == null ? "" : completedTime;
    completedStatus = completedStatus == null ? "" : completedStatus;
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.COMPLETED_ORDER;
  }

  @Override
  public void writeBody(FieldWriter out) {
    contract.writeInOrderMessage(out); // 1-11
    terms.writeLeadingFieldsOfGateway(out); // 12-22
    out.add(permId).add(terms.outsideRth()).add("0").add("0").add(terms.goodAfterTime()); // 23-27
    out.addAll("", "", "", "", ""); // 28-32: faGroup, faMethod, faPercentage, faProfile, modelCode
    out.add(terms.goodTillDate()).addAll("", "", ""); // 33-36: ... rule80A, percentOffset, firm
    out.addAll("0", "", "-1", "", "", "", "", ""); // 37-44: short sale, box, peg-to-stock
    out.add(FieldWriter.UNSET_INT).addAll("0", "0", "", "3", "0"); // 45-50: displaySize ...
    out.addAll("", "0").add(OpenOrder.NO_DELTA_NEUTRAL_ORDER_TYPE).add(""); // 51-54
    out.addAll("0", "0", "0", ""); // 55-58: the delta-neutral block "None" opens
    out.addAll("0", "0", "", ""); // 59-62: continuousUpdate ... trailingPercent
    out.addAll("", "0", "0", "0", FieldWriter.UNSET_INT, FieldWriter.UNSET_INT); // 63-68
    out.addAll("", "", "", "IB", "0", "0"); // 69-74: ..., clearing, notHeld, delta-neutral
    terms.writeAlgo(out); // 75
    out.add("0").add(status).addAll("0", "0", "0"); // 76-80: solicited ... conditions count
    out.addAll("", FieldWriter.UNSET_DOUBLE, "0", "1", "0", ""); // 81-86: ... autoCancelDate
    out.add(filledQuantity).add(FieldWriter.UNSET_INT).add("0").add(NOT_A_SHAREHOLDER); // 87-90
    out.addAll("0", "0", NO_PARENT_PERM_ID).add(completedTime).add(completedStatus); // 91-95
    out.addAll("", "", "", "", ""); // 96-100: PEG BEST/MID attributes
  }

  public static CompletedOrder read(FieldReader in) {
    WireContract contract = WireContract.readWithoutPrimaryExchange(in);
    OrderTerms leading = OrderTerms.readLeadingFieldsOfGateway(in);
    long permId = in.readLong();
    boolean outsideRth = in.readBool();
    in.skip(2); // hidden, discretionaryAmt
    String goodAfterTime = in.readString();
    in.skip(5); // FA fields, modelCode
    String goodTillDate = in.readString();
    in.skip(19); // 34-52: rule80A ... volatilityType
    String deltaNeutralOrderType = in.readString();
    in.skip(1); // deltaNeutralAuxPrice
    if (!deltaNeutralOrderType.isEmpty()) {
      in.skip(4); // conId, shortSale, shortSaleSlot, designatedLocation
    }
    in.skip(5); // continuousUpdate ... comboLegsDescrip
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
    in.skip(3); // clearingAccount, clearingIntent, notHeld
    if (in.readBool()) {
      in.skip(3); // delta-neutral contract
    }
    String algoStrategy = in.readString();
    var algoParams = OrderTerms.readAlgoParams(in, algoStrategy);
    in.skip(1); // solicited
    String status = in.readString();
    in.skip(2); // randomizeSize, randomizePrice
    OrderTerms terms =
        leading.withLaterFields(
            outsideRth, goodAfterTime, goodTillDate, 0, algoStrategy, algoParams, false);
    int conditions = in.readInt();
    if (conditions != 0 || leading.orderType().startsWith("PEG ")) {
      in.skip(in.remaining()); // layouts not in the reference; nothing after here is used
      return new CompletedOrder(contract, terms, permId, status, null, "", "");
    }
    in.skip(6); // trailStopPrice ... autoCancelDate
    BigDecimal filledQuantity = in.readDecimal();
    in.skip(6); // refFuturesConId ... parentPermId
    String completedTime = in.readString();
    String completedStatus = in.readString();
    in.skip(5);
    return new CompletedOrder(
        contract, terms, permId, status, filledQuantity, completedTime, completedStatus);
  }
}
