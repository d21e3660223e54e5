package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * HISTORICAL_DATA (in 17, no version field, §3.6): the whole answer to a historical data request.
 * Below server version 196 the start and end of the period come in this message, so there is no
 * separate end message.
 *
 * @param start start of the period, {@code yyyyMMdd HH:mm:ss}
 * @param end end of the period, {@code yyyyMMdd HH:mm:ss}
 */
public record HistoricalData(int reqId, String start, String end, List<HistoricalBar> bars)
    implements ServerMessage {

  public HistoricalData {
    bars = List.copyOf(bars);
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.HISTORICAL_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(reqId).add(start).add(end).add(bars.size());
    for (HistoricalBar bar : bars) {
      out.add(bar.date())
          .add(bar.open())
          .add(bar.high())
          .add(bar.low())
          .add(bar.close())
          .add(bar.volume())
          .add(bar.wap())
          .add(bar.barCount());
    }
  }

  public static HistoricalData read(FieldReader in) {
    int reqId = in.readInt();
    String start = in.readString();
    String end = in.readString();
    int count = in.readInt();
    // Eight fields per bar: a count the frame cannot hold is corrupt, not a reason to allocate.
    if (count < 0 || (long) count * 8 > in.remaining()) {
      throw new CorruptFrameException(
          "HISTORICAL_DATA bar count: "
              + count
              + " (expected: 0.."
              + in.remaining() / 8
              + " for the fields left)");
    }
    List<HistoricalBar> bars = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      bars.add(
          new HistoricalBar(
              in.readString(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDecimal(),
              in.readDecimal(),
              in.readInt()));
    }
    return new HistoricalData(reqId, start, end, bars);
  }
}
