package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/** TICK_SNAPSHOT_END (in 57, §3.5): every tick of a snapshot request has been sent. */
public record TickSnapshotEnd(int tickerId) implements ServerMessage {
  private static final int VERSION = 1;

  @Override
  public ServerMessageType type() {
    return ServerMessageType.TICK_SNAPSHOT_END;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(tickerId);
  }

  public static TickSnapshotEnd read(FieldReader in) {
    in.readInt(); // version
    return new TickSnapshotEnd(in.readInt());
  }
}
