package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_HISTORICAL_DATA (out 20, no version field at 176, §3.6). Note the order on the wire: bar size
 * before duration.
 *
 * @param endDateTime empty for "now", else {@code yyyyMMdd-HH:mm:ss} in UTC or {@code yyyyMMdd
 *     HH:mm:ss [zone]}
 * @param barSize e.g. {@code 1 day}
 * @param duration e.g. {@code 5 D}, {@code 2 Y}
 * @param useRth 1 for regular trading hours only
 * @param whatToShow e.g. {@code TRADES}
 * @param formatDate 1 for {@code yyyyMMdd} bar dates, 2 for epoch seconds
 */
public record RequestHistoricalData(
    int reqId,
    WireContract contract,
    boolean includeExpired,
    String endDateTime,
    String barSize,
    String duration,
    boolean useRth,
    String whatToShow,
    int formatDate,
    boolean keepUpToDate,
    String chartOptions)
    implements ClientMessage {

  /** Daily bars of regular-hours trades, dates as {@code yyyyMMdd}. */
  public static RequestHistoricalData dailyTrades(
      int reqId, WireContract contract, String endDateTime, String duration) {
    return new RequestHistoricalData(
        reqId, contract, false, endDateTime, "1 day", duration, true, "TRADES", 1, false, "");
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_HISTORICAL_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(reqId);
    contract.writeWithPrimaryExchange(out);
    out.add(includeExpired)
        .add(endDateTime)
        .add(barSize)
        .add(duration)
        .add(useRth)
        .add(whatToShow)
        .add(formatDate)
        .add(keepUpToDate)
        .add(chartOptions);
  }

  public static RequestHistoricalData read(FieldReader in) {
    return new RequestHistoricalData(
        in.readInt(),
        WireContract.readWithPrimaryExchange(in),
        in.readBool(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readBool(),
        in.readString(),
        in.readInt(),
        in.readBool(),
        in.readString());
  }
}
