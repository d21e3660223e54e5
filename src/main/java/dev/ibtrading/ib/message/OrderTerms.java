package dev.ibtrading.ib.message;

import java.math.BigDecimal;
import java.util.List;

/**
 * The order fields this project reads and writes, shared by PLACE_ORDER (§3.7) and OPEN_ORDER
 * (§3.8). Every other field of those layouts is written with IB's default and skipped on reading.
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
    return new OrderTerms(
        action,
        totalQuantity,
        orderType,
        limitPrice,
        null,
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
