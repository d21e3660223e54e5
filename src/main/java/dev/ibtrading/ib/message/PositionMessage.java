package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.math.BigDecimal;

/**
 * POSITION (in 61, version 3, §3.3): one position of one account, in the answer to {@link
 * RequestPositions} or pushed when it changes (then possibly with quantity 0: closed).
 *
 * @param contract without a primary exchange; its {@code exchange} is the one the gateway reports
 *     for the position, often the primary one
 * @param position signed quantity, negative is short; {@code null} if the gateway left it unset
 * @param averageCost average cost per share (per contract times multiplier for derivatives),
 *     commission included
 */
public record PositionMessage(
    String account, WireContract contract, BigDecimal position, double averageCost)
    implements ServerMessage {
  private static final int VERSION = 3;

  public PositionMessage {
    contract = contract.withoutPrimaryExchange();
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.POSITION;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(account);
    contract.writeWithoutPrimaryExchange(out);
    out.add(position).add(averageCost);
  }

  public static PositionMessage read(FieldReader in) {
    in.readInt(); // version
    return new PositionMessage(
        in.readString(),
        WireContract.readWithoutPrimaryExchange(in),
        in.readDecimal(),
        in.readDouble());
  }
}
