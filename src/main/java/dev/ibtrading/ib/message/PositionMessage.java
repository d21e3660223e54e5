package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * POSITION (in 61, version 3, §3.3): one position of one account, in the answer to {@link
 * RequestPositions} or pushed when it changes (then possibly with quantity 0: closed).
 *
 * @param lastTradeDateOrContractMonth empty for stocks
 * @param strike 0 for stocks
 * @param right empty for stocks
 * @param multiplier empty (or "1") for stocks
 * @param exchange the exchange the gateway reports for the position, often the primary one
 * @param position signed quantity, negative is short; {@code null} if the gateway left it unset
 * @param averageCost average cost per share (per contract times multiplier for derivatives),
 *     commission included
 */
public record PositionMessage(
    String account,
    int conId,
    String symbol,
    String secType,
    String lastTradeDateOrContractMonth,
    double strike,
    String right,
    String multiplier,
    String exchange,
    String currency,
    String localSymbol,
    String tradingClass,
    BigDecimal position,
    double averageCost)
    implements ServerMessage {
  private static final int VERSION = 3;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.POSITION;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION)
        .add(account)
        .add(conId)
        .add(symbol)
        .add(secType)
        .add(lastTradeDateOrContractMonth)
        .add(strike)
        .add(right)
        .add(multiplier)
        .add(exchange)
        .add(currency)
        .add(localSymbol)
        .add(tradingClass)
        .add(position)
        .add(averageCost);
  }

  public static PositionMessage read(FieldReader in) {
    in.readInt(); // version
    return new PositionMessage(
        in.readString(),
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
        in.readDecimal(),
        in.readDouble());
  }
}
