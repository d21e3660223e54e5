package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;

/**
 * REQ_CONTRACT_DATA (out 9, version 8, §3.4): asks for the details of every contract matching
 * {@code contract}. Answered by {@link ContractData} per match and {@link ContractDataEnd}, or by
 * error 200 (and no end) when nothing matches.
 */
public record RequestContractData(
    int reqId,
    WireContract contract,
    boolean includeExpired,
    String secIdType,
    String secId,
    String issuerId)
    implements ClientMessage {
  private static final int VERSION = 8;

  public RequestContractData(int reqId, WireContract contract) {
    this(reqId, contract, false, "", "", "");
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_CONTRACT_DATA;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(reqId);
    contract.writeWithPrimaryExchange(out);
    out.add(includeExpired).add(secIdType).add(secId).add(issuerId);
  }

  public static RequestContractData read(FieldReader in) {
    in.readInt(); // version
    return new RequestContractData(
        in.readInt(),
        WireContract.readWithPrimaryExchange(in),
        in.readBool(),
        in.readString(),
        in.readString(),
        in.readString());
  }
}
