package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * PORTFOLIO_VALUE (in 7, version 8): one position with its market value for a {@link
 * RequestAccountUpdates} subscription. Layout: {@code [7, 8, conId, symbol, secType,
 * lastTradeDateOrContractMonth, strike, right, multiplier, primaryExchange, currency, localSymbol,
 * tradingClass, position, marketPrice, marketValue, averageCost, unrealizedPnl, realizedPnl,
 * account]}: 20 fields, the contract's exchange slot holding the primary exchange (IB's decoders:
 * xqguo/twsapi@f3ca7c7 EDecoder.processPortfolioValueMsg and ibapi/decoder.py
 * processPortfolioValueMsg read it as primaryExch; ib_async@2afdae4 decoder.updatePortfolio unpacks
 * exactly 20 fields). Position is a decimal, the prices and values floats.
 *
 * @param contract its {@code exchange} is not sent; the primary exchange is
 */
public record PortfolioValue(
    WireContract contract,
    BigDecimal position,
    double marketPrice,
    double marketValue,
    double averageCost,
    double unrealizedPnl,
    double realizedPnl,
    String account)
    implements ServerMessage {
  private static final int VERSION = 8;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.PORTFOLIO_VALUE;
  }

  @Override
  public void writeBody(FieldWriter out) {
    WireContract c = contract;
    out.add(VERSION)
        .add(c.conId())
        .add(c.symbol())
        .add(c.secType())
        .add(c.lastTradeDateOrContractMonth())
        .add(c.strike())
        .add(c.right())
        .add(c.multiplier())
        .add(c.primaryExchange())
        .add(c.currency())
        .add(c.localSymbol())
        .add(c.tradingClass())
        .add(position)
        .add(marketPrice)
        .add(marketValue)
        .add(averageCost)
        .add(unrealizedPnl)
        .add(realizedPnl)
        .add(account);
  }

  public static PortfolioValue read(FieldReader in) {
    in.readInt(); // version
    int conId = in.readInt();
    String symbol = in.readString();
    String secType = in.readString();
    String lastTrade = in.readString();
    double strike = in.readDouble();
    String right = in.readString();
    String multiplier = in.readString();
    String primaryExchange = in.readString();
    WireContract contract =
        new WireContract(
            conId,
            symbol,
            secType,
            lastTrade,
            strike,
            right,
            multiplier,
            "",
            primaryExchange,
            in.readString(),
            in.readString(),
            in.readString());
    return new PortfolioValue(
        contract,
        in.readDecimal(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readDouble(),
        in.readString());
  }
}
