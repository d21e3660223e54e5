package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * EXECUTION_DATA (in 11, §3.11): one execution, 31 fields, no version field at 176.
 *
 * @param reqId the REQ_EXECUTIONS request it answers, or {@link #SPONTANEOUS} for a fill pushed
 *     after placing an order
 */
public record ExecutionData(int reqId, WireContract contract, Execution execution)
    implements ServerMessage {

  /** The request id of fills the gateway pushes by itself. */
  public static final int SPONTANEOUS = -1;

  public ExecutionData {
    contract = contract.withoutPrimaryExchange();
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.EXECUTION_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    Execution e = execution;
    out.add(reqId).add(e.orderId());
    contract.writeWithoutPrimaryExchange(out);
    out.add(e.execId())
        .add(e.time())
        .add(e.account())
        .add(e.exchange())
        .add(e.side())
        .add(e.shares())
        .add(e.price())
        .add(e.permId())
        .add(e.clientId())
        .add(e.liquidation())
        .add(e.cumQty())
        .add(e.avgPrice())
        .add(e.orderRef())
        .add(e.evRule())
        .add(e.evMultiplier())
        .add(e.modelCode())
        .add(e.lastLiquidity());
  }

  public static ExecutionData read(FieldReader in) {
    int reqId = in.readInt();
    int orderId = in.readInt();
    WireContract contract = WireContract.readWithoutPrimaryExchange(in);
    Execution execution =
        new Execution(
            orderId,
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readDecimal(),
            in.readDouble(),
            in.readLong(),
            in.readInt(),
            in.readInt(),
            in.readDecimal(),
            in.readDouble(),
            in.readString(),
            in.readString(),
            in.readDoubleMax(),
            in.readString(),
            in.readInt());
    return new ExecutionData(reqId, contract, execution);
  }
}
