package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** EXECUTION_DATA_END (in 55, §3.11): the end of the answer to one REQ_EXECUTIONS. */
public record ExecutionDataEnd(int reqId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.EXECUTION_DATA_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
  }

  public static ExecutionDataEnd read(FieldReader in) {
    in.readInt(); // version
    return new ExecutionDataEnd(in.readInt());
  }
}
