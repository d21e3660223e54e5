package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * The contract block of PLACE_ORDER (§3.7 #2-#13), OPEN_ORDER (§3.8 #2-#12) and EXECUTION_DATA
 * (§3.11). PLACE_ORDER alone carries {@code primaryExchange}; the other two leave it out, and
 * reading them gives an empty one.
 *
 * @param conId IB's contract id, 0 when unknown (the symbol, type, exchange and currency then
 *     identify the contract)
 */
public record OrderContract(
    int conId,
    String symbol,
    String secType,
    String lastTradeDateOrContractMonth,
    double strike,
    String right,
    String multiplier,
    String exchange,
    String primaryExchange,
    String currency,
    String localSymbol,
    String tradingClass) {

  public OrderContract {
    symbol = orEmpty(symbol);
    secType = orEmpty(secType);
    lastTradeDateOrContractMonth = orEmpty(lastTradeDateOrContractMonth);
    right = orEmpty(right);
    multiplier = orEmpty(multiplier);
    exchange = orEmpty(exchange);
    primaryExchange = orEmpty(primaryExchange);
    currency = orEmpty(currency);
    localSymbol = orEmpty(localSymbol);
    tradingClass = orEmpty(tradingClass);
  }

  /** A stock, as orders name it: no expiry, strike, right or multiplier. */
  public static OrderContract stock(
      int conId,
      String symbol,
      String exchange,
      String primaryExchange,
      String currency,
      String localSymbol,
      String tradingClass) {
    return new OrderContract(
        conId,
        symbol,
        "STK",
        "",
        0,
        "",
        "",
        exchange,
        primaryExchange,
        currency,
        localSymbol,
        tradingClass);
  }

  /** The same contract without the primary exchange, as OPEN_ORDER and EXECUTION_DATA carry it. */
  public OrderContract withoutPrimaryExchange() {
    return new OrderContract(
        conId,
        symbol,
        secType,
        lastTradeDateOrContractMonth,
        strike,
        right,
        multiplier,
        exchange,
        "",
        currency,
        localSymbol,
        tradingClass);
  }

  /** The 12 fields of PLACE_ORDER, primary exchange included. */
  void writeForOrder(FieldWriter out) {
    writeUpToExchange(out);
    out.add(primaryExchange).add(currency).add(localSymbol).add(tradingClass);
  }

  /** The 11 fields of OPEN_ORDER and EXECUTION_DATA, without the primary exchange. */
  void write(FieldWriter out) {
    writeUpToExchange(out);
    out.add(currency).add(localSymbol).add(tradingClass);
  }

  static OrderContract readForOrder(FieldReader in) {
    return read(in, true);
  }

  static OrderContract read(FieldReader in) {
    return read(in, false);
  }

  private void writeUpToExchange(FieldWriter out) {
    out.add(conId)
        .add(symbol)
        .add(secType)
        .add(lastTradeDateOrContractMonth)
        .add(strike)
        .add(right)
        .add(multiplier)
        .add(exchange);
  }

  private static OrderContract read(FieldReader in, boolean withPrimaryExchange) {
    int conId = in.readInt();
    String symbol = in.readString();
    String secType = in.readString();
    String lastTrade = in.readString();
    double strike = in.readDouble();
    String right = in.readString();
    String multiplier = in.readString();
    String exchange = in.readString();
    String primaryExchange = withPrimaryExchange ? in.readString() : "";
    return new OrderContract(
        conId,
        symbol,
        secType,
        lastTrade,
        strike,
        right,
        multiplier,
        exchange,
        primaryExchange,
        in.readString(),
        in.readString(),
        in.readString());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
