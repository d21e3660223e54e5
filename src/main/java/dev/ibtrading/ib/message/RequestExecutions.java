package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_EXECUTIONS (out 7, version 3, §3.11): {@code [7, 3, reqId, clientId, account, time, symbol,
 * secType, exchange, side]}. Answered by EXECUTION_DATA with this {@code reqId} (each followed by
 * its COMMISSION_REPORT) and {@link ExecutionDataEnd}.
 */
public record RequestExecutions(int reqId, ExecutionFilter filter) implements ClientMessage {
  private static final int VERSION = 3;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_EXECUTIONS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION)
        .add(reqId)
        .add(filter.clientId())
        .add(filter.account())
        .add(filter.time())
        .add(filter.symbol())
        .add(filter.secType())
        .add(filter.exchange())
        .add(filter.side());
  }

  public static RequestExecutions read(FieldReader in) {
    in.readInt(); // version
    int reqId = in.readInt();
    return new RequestExecutions(
        reqId,
        new ExecutionFilter(
            in.readInt(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString(),
            in.readString()));
  }
}
