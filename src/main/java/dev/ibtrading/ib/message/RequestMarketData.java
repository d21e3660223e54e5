package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_MKT_DATA (out 1, version 11, §3.5) for a single (non-combo) contract. With {@code snapshot}
 * the gateway sends one set of ticks and then {@link TickSnapshotEnd}; without it the ticks stream
 * until {@link CancelMarketData}.
 */
public record RequestMarketData(
    int tickerId,
    WireContract contract,
    String genericTickList,
    boolean snapshot,
    boolean regulatorySnapshot,
    String marketDataOptions)
    implements ClientMessage {
  private static final int VERSION = 11;

  /** A snapshot of the default ticks, as the worker asks for quotes. */
  public static RequestMarketData snapshot(int tickerId, WireContract contract) {
    return new RequestMarketData(tickerId, contract, "", true, false, "");
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_MKT_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId);
    contract.writeWithPrimaryExchange(out);
    out.add(false) // delta-neutral contract: never
        .add(genericTickList)
        .add(snapshot)
        .add(regulatorySnapshot)
        .add(marketDataOptions);
  }

  /**
   * @throws CorruptFrameException for a delta-neutral request, whose extra fields this layout does
   *     not carry
   */
  public static RequestMarketData read(FieldReader in) {
    in.readInt(); // version
    int tickerId = in.readInt();
    WireContract contract = WireContract.readWithPrimaryExchange(in);
    if (in.readBool()) {
      throw new CorruptFrameException(
          "REQ_MKT_DATA with a delta-neutral contract (expected: flag 0)");
    }
    return new RequestMarketData(
        tickerId, contract, in.readString(), in.readBool(), in.readBool(), in.readString());
  }
}
