package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.util.Arrays;
import java.util.List;

/**
 * REQ_ACCOUNT_SUMMARY (out 62, §3.2): subscribes to account summary values, answered by {@link
 * AccountSummary} rows and {@link AccountSummaryEnd}; stopped by {@link CancelAccountSummary}.
 *
 * @param group "All", or a financial-advisor group name
 * @param tags IB tag names (NetLiquidation, Cushion, ...), a comma list on the wire
 */
public record RequestAccountSummary(int requestId, String group, List<String> tags)
    implements ClientMessage {
  private static final int VERSION = 1;

  public RequestAccountSummary {
    tags = List.copyOf(tags);
  }

  @Override
  public ClientMessageType type() {
    return ClientMessageType.REQ_ACCOUNT_SUMMARY;
  }

  @Override
  public void writeBody(FieldWriter out) {
    out.add(VERSION).add(requestId).add(group).add(String.join(",", tags));
  }

  public static RequestAccountSummary read(FieldReader in) {
    in.readInt(); // version
    int requestId = in.readInt();
    String group = in.readString();
    List<String> tags =
        Arrays.stream(in.readString().split(","))
            .map(String::trim)
            .filter(tag -> !tag.isEmpty())
            .toList();
    return new RequestAccountSummary(requestId, group, tags);
  }
}
