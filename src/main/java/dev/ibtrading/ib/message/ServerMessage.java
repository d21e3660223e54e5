package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldWriter;

/** A message the gateway sends to the client. */
public interface ServerMessage {
  ServerMessageType type();

  /** Writes the fields after the message id. */
  void writeBody(FieldWriter out);

  /** The whole frame: length, message id, body. */
  default byte[] toFrame() {
    FieldWriter out = new FieldWriter().add(type().id());
    writeBody(out);
    return out.toFrame();
  }
}
