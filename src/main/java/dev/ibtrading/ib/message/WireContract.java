package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * The twelve contract fields that REQ_CONTRACT_DATA, REQ_MKT_DATA and REQ_HISTORICAL_DATA carry in
 * the same order (§3.4, §3.5, §3.6): conId, symbol, secType, lastTradeDateOrContractMonth, strike,
 * right, multiplier, exchange, primaryExch, currency, localSymbol, tradingClass.
 *
 * <p>{@code conId} 0 means "unknown, match by symbol"; IB's Java client writes it as {@code 0} and
 * the strike as {@code 0.0}, stoqey writes both as empty fields, and {@link #read} takes either.
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

  /** A stock routed by SMART; {@code conId} 0 when not known yet. */
  public static WireContract stock(
      int conId, String symbol, String currency, String primaryExchange) {
    return new WireContract(
        conId, symbol, STOCK, "", 0.0, "", "", SMART, primaryExchange, currency, "", "");
  }

  void write(FieldWriter out) {
    out.add(conId)
        .add(symbol)
        .add(secType)
        .add(lastTradeDateOrContractMonth)
        .add(strike)
        .add(right)
        .add(multiplier)
        .add(exchange)
        .add(primaryExchange)
        .add(currency)
        .add(localSymbol)
        .add(tradingClass);
  }

  static WireContract read(FieldReader in) {
    return new WireContract(
        in.readInt(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readDouble(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString());
  }
}
