package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * CONTRACT_DATA (in 10, §3.4): one contract matching a {@link RequestContractData}. At 176 there is
 * no version field; the message has 40 fields with the id, plus two per security id. Unlike the
 * other messages it does not carry the contract as one block: its fields stand among the details.
 */
public record ContractData(int reqId, ContractDetails details) implements ServerMessage {

  @Override
  public ServerMessageType type() {
    return ServerMessageType.CONTRACT_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    ContractDetails d = details;
    WireContract c = d.contract();
    out.add(reqId)
        .add(c.symbol())
        .add(c.secType())
        .add(c.lastTradeDateOrContractMonth())
        .addPrice(c.strike())
        .add(c.right())
        .add(c.exchange())
        .add(c.currency())
        .add(c.localSymbol())
        .add(d.marketName())
        .add(c.tradingClass())
        .add(c.conId())
        .add(d.minTick())
        .add(c.multiplier())
        .add(d.orderTypes())
        .add(d.validExchanges())
        .add(d.priceMagnifier())
        .add(d.underConId())
        .add(d.longName())
        .add(c.primaryExchange())
        .add(d.contractMonth())
        .add(d.industry())
        .add(d.category())
        .add(d.subcategory())
        .add(d.timeZoneId())
        .add(d.tradingHours())
        .add(d.liquidHours())
        .add(d.evRule())
        .add(d.evMultiplier())
        .add(d.secIds().size());
    for (ContractDetails.SecId id : d.secIds()) {
      out.add(id.tag()).add(id.value());
    }
    out.add(d.aggGroup())
        .add(d.underSymbol())
        .add(d.underSecType())
        .add(d.marketRuleIds())
        .add(d.realExpirationDate())
        .add(d.stockType())
        .add(d.minSize())
        .add(d.sizeIncrement())
        .add(d.suggestedSizeIncrement());
  }

  public static ContractData read(FieldReader in) {
    int reqId = in.readInt();
    String symbol = in.readString();
    String secType = in.readString();
    String lastTradeDateOrContractMonth = in.readString();
    double strike = in.readDouble();
    String right = in.readString();
    String exchange = in.readString();
    String currency = in.readString();
    String localSymbol = in.readString();
    String marketName = in.readString();
    String tradingClass = in.readString();
    int conId = in.readInt();
    double minTick = in.readDouble();
    String multiplier = in.readString();
    String orderTypes = in.readString();
    String validExchanges = in.readString();
    int priceMagnifier = in.readInt();
    int underConId = in.readInt();
    String longName = in.readString();
    String primaryExchange = in.readString();
    String contractMonth = in.readString();
    String industry = in.readString();
    String category = in.readString();
    String subcategory = in.readString();
    String timeZoneId = in.readString();
    String tradingHours = in.readString();
    String liquidHours = in.readString();
    String evRule = in.readString();
    Integer evMultiplier = wholeNumberOrUnset(in.readDoubleMax());
    List<ContractDetails.SecId> secIds = readSecIds(in);
    return new ContractData(
        reqId,
        new ContractDetails(
            new WireContract(
                conId,
                symbol,
                secType,
                lastTradeDateOrContractMonth,
                strike,
                right,
                multiplier,
                exchange,
                primaryExchange,
                currency,
                localSymbol,
                tradingClass),
            marketName,
            minTick,
            orderTypes,
            validExchanges,
            priceMagnifier,
            underConId,
            longName,
            contractMonth,
            industry,
            category,
            subcategory,
            timeZoneId,
            tradingHours,
            liquidHours,
            evRule,
            evMultiplier,
            secIds,
            in.readInt(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readDecimal(),
            in.readDecimal(),
            in.readDecimal()));
  }

  /**
   * IB's Java decoder reads evMultiplier leniently as a double; a gateway sending a fraction there
   * is not worth failing the whole contract for, so it is rounded.
   */
  private static Integer wholeNumberOrUnset(Double value) {
    return value == null ? null : (int) Math.round(value);
  }

  private static List<ContractDetails.SecId> readSecIds(FieldReader in) {
    int count = in.readInt();
    if (count < 0 || (long) count * 2 > in.remaining()) {
      throw new CorruptFrameException(
          "CONTRACT_DATA secIdListCount: "
              + count
              + " (expected: 0.."
              + in.remaining() / 2
              + " for the fields left)");
    }
    List<ContractDetails.SecId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(new ContractDetails.SecId(in.readString(), in.readString()));
    }
    return ids;
  }
}
