package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * ERR_MSG (in 4, §2.3, layout for 166 <= version < 194). Despite the name it carries errors,
 * warnings and notices alike; {@code id} is the request, ticker or order id it concerns, or -1.
 * What a code means is decided in one place, {@link dev.ibtrading.ib.IbErrorCodes}.
 */
public record ErrorMessage(int id, int code, String message, String advancedOrderRejectJson)
    implements ServerMessage {
  private static final int VERSION = 2;

  /** The id of notices that concern no request. */
  public static final int NO_ID = -1;

  public ErrorMessage(int id, int code, String message) {
    this(id, code, message, "");
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.ERR_MSG;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(id).add(code).add(message).add(advancedOrderRejectJson);
  }

  public static ErrorMessage read(FieldReader in) {
    in.readInt(); // version
    return new ErrorMessage(in.readInt(), in.readInt(), in.readString(), in.readString());
  }
}
