package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * The order fields this project reads and writes, shared by PLACE_ORDER (§3.7) and OPEN_ORDER
 * (§3.8). Every other field of those layouts is written with IB's default and skipped on reading.
 * Two runs of fields stand alike in both layouts and are written and read here: the leading terms
 * (§3.7 #16-#26 = §3.8 #13-#23) and the algo (§3.7 #83 = §3.8 #83).
 *
 * @param action {@code BUY} or {@code SELL}
 * @param totalQuantity shares; {@code null} when the peer sent it unset
 * @param orderType {@code MKT}, {@code LMT}, {@code MOC}, {@code LOC}, ...
 * @param limitPrice {@code null} = unset (empty on the wire)
 * @param auxPrice {@code null} = unset
 * @param tif {@code DAY}, {@code GTC}, {@code OPG}, ...; empty means IB's default, DAY
 * @param account empty lets a single-account login choose
 * @param orderRef free text echoed on the order and its executions
 * @param goodAfterTime {@code yyyyMMdd HH:mm:ss zone}, or empty
 * @param goodTillDate same format, or empty
 * @param parentId 0 unless the order is a bracket child
 * @param algoStrategy IB algo name, e.g. {@code Adaptive}; empty for none
 * @param algoParams the algo's parameters; written only when {@code algoStrategy} is not empty
 */
public record OrderTerms(
    String action,
    BigDecimal totalQuantity,
    String orderType,
    Double limitPrice,
    Double auxPrice,
    String tif,
    String account,
    String orderRef,
    boolean outsideRth,
    String goodAfterTime,
    String goodTillDate,
    int parentId,
    String algoStrategy,
    List<TagValue> algoParams,
    boolean whatIf) {

  public OrderTerms {
    action = orEmpty(action);
    orderType = orEmpty(orderType);
    tif = orEmpty(tif);
    account = orEmpty(account);
    orderRef = orEmpty(orderRef);
    goodAfterTime = orEmpty(goodAfterTime);
    goodTillDate = orEmpty(goodTillDate);
    algoStrategy = orEmpty(algoStrategy);
    algoParams = algoParams == null ? List.of() : List.copyOf(algoParams);
  }

  /** A plain order without algo, parent or times. */
  public static OrderTerms of(
      String action,
      BigDecimal totalQuantity,
      String orderType,
      Double limitPrice,
      String tif,
      String account,
      String orderRef) {
    return leading(action, totalQuantity, orderType, limitPrice, null, tif, account, orderRef);
  }

  /** The same terms with the fields that follow the leading ones on the wire. */
  OrderTerms withLaterFields(
      boolean outsideRth,
      String goodAfterTime,
      String goodTillDate,
      int parentId,
      String algoStrategy,
      List<TagValue> algoParams,
      boolean whatIf) {
    return new OrderTerms(
        action,
        totalQuantity,
        orderType,
        limitPrice,
        auxPrice,
        tif,
        account,
        orderRef,
        outsideRth,
        goodAfterTime,
        goodTillDate,
        parentId,
        algoStrategy,
        algoParams,
        whatIf);
  }

  /**
   * action, totalQuantity, orderType, lmtPrice, auxPrice, tif, ocaGroup (empty), account, openClose
   * (empty), origin (0), orderRef: §3.7 #16-#26 and §3.8 #13-#23.
   */
  void writeLeadingFields(FieldWriter out) {
    writeLeadingFields(out, limitPrice, auxPrice);
  }

  /**
   * The leading fields as a gateway writes them in OPEN_ORDER and COMPLETED_ORDER: an unset limit
   * or aux price as {@code 0.0}, as in every real frame of {@code
   * src/test/resources/tws/real-frames/} (a MKT order's {@code MKT|0.0|0.0}), where a client
   * placing the order leaves it empty.
   */
  void writeLeadingFieldsOfGateway(FieldWriter out) {
    writeLeadingFields(
        out, limitPrice == null ? 0.0 : limitPrice, auxPrice == null ? 0.0 : auxPrice);
  }

  private void writeLeadingFields(FieldWriter out, Double limit, Double aux) {
    out.add(action)
        .add(totalQuantity)
        .add(orderType)
        .add(limit)
        .add(aux)
        .add(tif)
        .add((String) null)
        .add(account)
        .add((String) null)
        .add(0)
        .add(orderRef);
  }

  /**
   * Reads what {@link #writeLeadingFieldsOfGateway} writes: a zero price is the gateway's unset one
   * and reads as {@code null}.
   */
  static OrderTerms readLeadingFieldsOfGateway(FieldReader in) {
    OrderTerms read = readLeadingFields(in);
    return leading(
        read.action,
        read.totalQuantity,
        read.orderType,
        zeroAsUnset(read.limitPrice),
        zeroAsUnset(read.auxPrice),
        read.tif,
        read.account,
        read.orderRef);
  }

  private static Double zeroAsUnset(Double price) {
    return price == null || price == 0 ? null : price;
  }

  /**
   * Reads what {@link #writeLeadingFields} writes; the later fields have their defaults until
   * {@link #withLaterFields}.
   */
  static OrderTerms readLeadingFields(FieldReader in) {
    String action = in.readString();
    BigDecimal quantity = in.readDecimal();
    String orderType = in.readString();
    Double limitPrice = in.readDoubleMax();
    Double auxPrice = in.readDoubleMax();
    String tif = in.readString();
    in.skip(1); // ocaGroup
    String account = in.readString();
    in.skip(2); // openClose, origin
    String orderRef = in.readString();
    return leading(action, quantity, orderType, limitPrice, auxPrice, tif, account, orderRef);
  }

  /** Terms of the leading fields alone, every later field at its default. */
  private static OrderTerms leading(
      String action,
      BigDecimal totalQuantity,
      String orderType,
      Double limitPrice,
      Double auxPrice,
      String tif,
      String account,
      String orderRef) {
    return new OrderTerms(
        action,
        totalQuantity,
        orderType,
        limitPrice,
        auxPrice,
        tif,
        account,
        orderRef,
        false,
        "",
        "",
        0,
        "",
        List.of(),
        false);
  }

  /** algoStrategy (#83 of §3.7 and §3.8), then its parameters only when there is one. */
  void writeAlgo(FieldWriter out) {
    out.add(algoStrategy);
    if (!algoStrategy.isEmpty()) {
      TagValue.writeList(out, algoParams);
    }
  }

  /** The parameters {@link #writeAlgo} writes after {@code algoStrategy}, which was just read. */
  static List<TagValue> readAlgoParams(FieldReader in, String algoStrategy) {
    return algoStrategy.isEmpty() ? List.of() : TagValue.readList(in);
  }

  /** The value of one algo parameter, or empty. */
  public String algoParam(String tag) {
    return algoParams.stream()
        .filter(p -> p.tag().equals(tag))
        .map(TagValue::value)
        .findFirst()
        .orElse("");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
