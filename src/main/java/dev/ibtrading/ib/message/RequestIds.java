package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_IDS (out 8, §3.12), answered by {@link NextValidId}. The gateway ignores the count; IB's Java
 * client sends -1 and stoqey 1.
 */
public record RequestIds(int numIds) implements ClientMessage {
  private static final int VERSION = 1;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_IDS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(numIds);
  }

  public static RequestIds read(FieldReader in) {
    in.readInt(); // version
    return new RequestIds(in.readInt());
  }
}
