package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * A contract as TWS messages carry it. Two field orders hold it as one block:
 *
 * <ul>
 *   <li>with the primary exchange, 12 fields: REQ_CONTRACT_DATA (§3.4), REQ_MKT_DATA (§3.5),
 *       REQ_HISTORICAL_DATA (§3.6) and PLACE_ORDER (§3.7 #2-#13);
 *   <li>without it, 11 fields: POSITION (§3.3), OPEN_ORDER (§3.8 #2-#12) and EXECUTION_DATA
 *       (§3.11); reading them gives an empty primary exchange.
 * </ul>
 *
 * CONTRACT_DATA (§3.4) scatters the same fields among the details; {@link ContractData} places
 * them.
 *
 * <p>{@code conId} 0 means "unknown, match by symbol"; IB's Java client writes it as {@code 0} and
 * the strike as {@code 0.0}, stoqey writes both as empty fields, and reading takes either. A {@code
 * null} string is kept as an empty one, which is what the wire carries for it.
 *
 * @param conId IB's contract id, 0 when unknown (the symbol, type, exchange and currency then
 *     identify the contract)
 */
public record WireContract(
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

  public static final String STOCK = "STK";
  public static final String SMART = "SMART";

  /** IB's secType of a currency pair ("Forex"). */
  public static final String CASH = "CASH";

  /** IB's venue for currency pairs. */
  public static final String IDEALPRO = "IDEALPRO";

  /** How real gateways write "no right" in order messages. */
  private static final String NO_RIGHT = "?";

  public WireContract {
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

  /** A stock routed by SMART; {@code conId} 0 when not known yet. */
  public static WireContract stock(
      int conId, String symbol, String currency, String primaryExchange) {
    return stock(conId, symbol, SMART, primaryExchange, currency, "", "");
  }

  /**
   * A currency pair on IDEALPRO whose contract id is not known yet: {@link #cash(int, String,
   * String)}.
   */
  public static WireContract cash(String symbol, String currency) {
    return cash(0, symbol, currency);
  }

  /** A stock on any exchange: no expiry, strike, right or multiplier. */
  public static WireContract stock(
      int conId,
      String symbol,
      String exchange,
      String primaryExchange,
      String currency,
      String localSymbol,
      String tradingClass) {
    return new WireContract(
        conId,
        symbol,
        STOCK,
        "",
        0.0,
        "",
        "",
        exchange,
        primaryExchange,
        currency,
        localSymbol,
        tradingClass);
  }

  /**
   * A currency pair on IB's FX venue IDEALPRO, named as IB names it: {@code symbol} the pair's base
   * currency, {@code currency} its quote currency, so that the price is units of {@code currency}
   * per unit of {@code symbol}; local symbol and trading class {@code EUR.USD}. The form of a real
   * gateway's EUR.USD contract and execution (nautechsystems/nautilus_trader@37a2fb67
   * contract_details_eurusd.txt and execution_details_1.txt, in {@code
   * src/test/resources/tws/real-frames/nautilus-trader.json}), and of IB's contract samples
   * (interactivebrokers.github.io/tws-api/basic_contracts.html, "FX Pairs": symbol EUR, secType
   * CASH, currency GBP, exchange IDEALPRO). {@code ib.FxPair#contract} names a pair through it.
   */
  public static WireContract cash(int conId, String symbol, String currency) {
    String pair = symbol + "." + currency;
    return new WireContract(
        conId, symbol, CASH, "", 0.0, "", "", IDEALPRO, "", currency, pair, pair);
  }

  /** The same contract on another exchange, e.g. the venue an execution took place on. */
  public WireContract withExchange(String otherExchange) {
    return new WireContract(
        conId,
        symbol,
        secType,
        lastTradeDateOrContractMonth,
        strike,
        right,
        multiplier,
        otherExchange,
        primaryExchange,
        currency,
        localSymbol,
        tradingClass);
  }

  /** The same contract without the primary exchange, as the 11-field messages carry it. */
  public WireContract withoutPrimaryExchange() {
    return new WireContract(
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

  /** The 12 fields of §3.4-§3.6 requests and PLACE_ORDER (§3.7 #2-#13). */
  void writeWithPrimaryExchange(FieldWriter out) {
    write(out, true, false);
  }

  /** The 11 fields of POSITION (§3.3) and EXECUTION_DATA (§3.11), the strike as {@code 0.0}. */
  void writeWithoutPrimaryExchange(FieldWriter out) {
    write(out, false, false);
  }

  /**
   * The 11 fields of OPEN_ORDER (§3.8 #2-#12) and COMPLETED_ORDER, the same as {@link
   * #writeWithoutPrimaryExchange} but for a zero strike, which real gateways write as {@code 0} in
   * these two messages (and as {@code 0.0} in POSITION and EXECUTION_DATA), and for no right, which
   * they write as {@code ?} there (and empty elsewhere): the frames of {@code
   * src/test/resources/tws/real-frames/}, and the completed orders of wboayue/rust-ibapi@f2dfc23
   * src/client/common.rs. Reading takes {@code ?} as no right.
   */
  void writeInOrderMessage(FieldWriter out) {
    write(out, false, true);
  }

  /** Reads what {@link #writeWithPrimaryExchange} writes. */
  static WireContract readWithPrimaryExchange(FieldReader in) {
    return read(in, true);
  }

  /** Reads what {@link #writeWithoutPrimaryExchange} writes; the primary exchange is empty. */
  static WireContract readWithoutPrimaryExchange(FieldReader in) {
    return read(in, false);
  }

  private void write(FieldWriter out, boolean withPrimaryExchange, boolean inOrderMessage) {
    out.add(conId).add(symbol).add(secType).add(lastTradeDateOrContractMonth);
    if (inOrderMessage) {
      out.addPrice(strike).add(right.isEmpty() ? NO_RIGHT : right);
    } else {
      out.add(strike).add(right);
    }
    out.add(multiplier).add(exchange);
    if (withPrimaryExchange) {
      out.add(primaryExchange);
    }
    out.add(currency).add(localSymbol).add(tradingClass);
  }

  private static WireContract read(FieldReader in, boolean withPrimaryExchange) {
    int conId = in.readInt();
    String symbol = in.readString();
    String secType = in.readString();
    String lastTradeDateOrContractMonth = in.readString();
    double strike = in.readDouble();
    String right = noRightAsEmpty(in.readString());
    String multiplier = in.readString();
    String exchange = in.readString();
    String primaryExchange = withPrimaryExchange ? in.readString() : "";
    return new WireContract(
        conId,
        symbol,
        secType,
        lastTradeDateOrContractMonth,
        strike,
        right,
        multiplier,
        exchange,
        primaryExchange,
        in.readString(),
        in.readString(),
        in.readString());
  }

  private static String noRightAsEmpty(String right) {
    return NO_RIGHT.equals(right) ? "" : right;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
