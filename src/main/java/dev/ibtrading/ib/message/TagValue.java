package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.CorruptFrameException;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One algo parameter, e.g. {@code adaptivePriority=Urgent}. On the wire a list of them is a count
 * followed by tag, value pairs (§3.7 after #83, §3.8 after #83).
 */
public record TagValue(String tag, String value) {
  public TagValue {
    tag = tag == null ? "" : tag;
    value = value == null ? "" : value;
  }

  static void writeList(FieldWriter out, List<TagValue> values) {
    out.add(values.size());
    for (TagValue pair : values) {
      out.add(pair.tag()).add(pair.value());
    }
  }

  static List<TagValue> readList(FieldReader in) {
    int count = in.readInt();
    if (count < 0 || count > in.remaining() / 2) {
      throw new CorruptFrameException(
          "tag/value count: " + count + " (expected: 0.." + in.remaining() / 2 + ")");
    }
    List<TagValue> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(new TagValue(in.readString(), in.readString()));
    }
    return values;
  }
}
