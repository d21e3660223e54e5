package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.util.Arrays;
import java.util.List;

/** MANAGED_ACCTS (in 15, §2.2): the accounts this login may trade, a comma list on the wire. */
public record ManagedAccounts(List<String> accounts) implements ServerMessage {
  private static final int VERSION = 1;

  public ManagedAccounts {
    accounts = List.copyOf(accounts);
  }

  @Override
  public ServerMessageType type() {
    return ServerMessageType.MANAGED_ACCTS;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(String.join(",", accounts));
  }

  public static ManagedAccounts read(FieldReader in) {
    in.readInt(); // version
    // Real gateways have been seen to end the list with a comma: drop empty items.
    return new ManagedAccounts(
        Arrays.stream(in.readString().split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList());
  }
}
