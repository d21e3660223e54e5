package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** CONTRACT_DATA_END (in 52, §3.4): every {@link ContractData} of the request has been sent. */
public record ContractDataEnd(int reqId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.CONTRACT_DATA_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
  }

  public static ContractDataEnd read(FieldReader in) {
    in.readInt(); // version
    return new ContractDataEnd(in.readInt());
  }
}
