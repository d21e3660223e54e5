package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * COMMISSION_REPORT (in 59, §3.11): the commission of one execution, joined to it by {@code
 * execId}. Unset doubles travel as {@code 1.7976931348623157E308} and read back as {@code null}.
 *
 * @param commission {@code null} = unset
 * @param realizedPnl profit realized by a closing execution net of commission; {@code null} for an
 *     opening one
 * @param yieldRedemptionDate {@code yyyymmdd} for bonds; {@code null} otherwise (empty on the wire)
 */
public record CommissionReport(
    String execId,
    Double commission,
    String currency,
    Double realizedPnl,
    Double yield,
    Integer yieldRedemptionDate)
    implements ServerMessage {
  private static final int VERSION = 1;

  public CommissionReport {
    execId = execId == null ? "" : execId;
    currency = currency == null ? "" : currency;
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.COMMISSION_REPORT;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION)
        .add(execId)
        .add(orUnset(commission))
        .add(currency)
        .add(orUnset(realizedPnl))
        .add(orUnset(yield))
        .add(yieldRedemptionDate);
  }

  public static CommissionReport read(FieldReader in) {
    in.readInt(); // version
    return new CommissionReport(
        in.readString(),
        in.readDoubleMax(),
        in.readString(),
        in.readDoubleMax(),
        in.readDoubleMax(),
        in.readIntMax());
  }

  private static double orUnset(Double value) {
    return value == null ? Double.MAX_VALUE : value;
  }
}
