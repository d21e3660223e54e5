package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * START_API (out 71, §2.1): sent right after the server hello; starts the session for a client id.
 */
public record StartApi(int clientId, String optionalCapabilities) implements ClientMessage {
  private static final int VERSION = 2;

  @Override
  public ClientMessageType type() {
    return ClientMessageType.START_API;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(clientId).add(optionalCapabilities);
  }

  public static StartApi read(FieldReader in) {
    in.readInt(); // version
    return new StartApi(in.readInt(), in.readString());
  }
}
