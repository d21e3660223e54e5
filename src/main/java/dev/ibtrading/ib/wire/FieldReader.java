package dev.ibtrading.ib.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reads one message's fields in order with IB's decoding rules: an empty field is 0, false or
 * "unset"; the {@code *Max}/decimal readers also take IB's sentinels ({@code 2147483647}, {@code
 * 9223372036854775807}, {@code 1.7976931348623157E308}) as unset and return {@code null}.
 *
 * <p>Running out of fields, a field that is not a number where one is expected, or fields left over
 * at {@link #expectEnd()} throw {@link CorruptFrameException}: fields are positional, so any of
 * these means the layouts disagree.
 */
public final class FieldReader {
  private static final String UNSET_LONG = String.valueOf(Long.MAX_VALUE);

  private final List<String> fields;
  private int position = 1; // field 0 is the message id, read by messageId()

  public FieldReader(List<String> fields) {
    this.fields = fields;
  }

  /** The message id, the first field, as an int. */
  public int messageId() {
    if (fields.isEmpty()) {
      throw new CorruptFrameException("message has no fields (expected: a message id)");
    }
    try {
      return Integer.parseInt(fields.get(0));
    } catch (NumberFormatException e) {
      throw new CorruptFrameException("message id: '" + fields.get(0) + "' (expected: an integer)");
    }
  }

  public String readString() {
    if (position >= fields.size()) {
      throw new CorruptFrameException(
          "message "
              + (fields.isEmpty() ? "?" : fields.get(0))
              + " has "
              + fields.size()
              + " fields (expected: more than "
              + position
              + ")");
    }
    return fields.get(position++);
  }

  public int readInt() {
    String field = readString();
    if (field.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw notA("an integer", field);
    }
  }

  public long readLong() {
    String field = readString();
    if (field.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(field);
    } catch (NumberFormatException e) {
      throw notA("an integer", field);
    }
  }

  public double readDouble() {
    String field = readString();
    if (field.isEmpty()) {
      return 0;
    }
    return parseDouble(field);
  }

  public boolean readBool() {
    return readInt() != 0;
  }

  /** An int that may be unset: empty or {@code 2147483647} give {@code null}. */
  public Integer readIntMax() {
    String field = readString();
    if (field.isEmpty() || field.equals(FieldWriter.UNSET_INT)) {
      return null;
    }
    try {
      return Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw notA("an integer", field);
    }
  }

  /** A double that may be unset: empty or {@code 1.7976931348623157E308} give {@code null}. */
  public Double readDoubleMax() {
    String field = readString();
    if (field.isEmpty() || field.equals(FieldWriter.UNSET_DOUBLE)) {
      return null;
    }
    double value = parseDouble(field);
    return value == Double.MAX_VALUE ? null : value;
  }

  /** A decimal (quantities): empty and every IB sentinel give {@code null}. */
  public BigDecimal readDecimal() {
    String field = readString();
    if (field.isEmpty()
        || field.equals(FieldWriter.UNSET_INT)
        || field.equals(UNSET_LONG)
        || field.equals(FieldWriter.UNSET_DOUBLE)) {
      return null;
    }
    try {
      return new BigDecimal(field);
    } catch (NumberFormatException e) {
      throw notA("a decimal", field);
    }
  }

  /** Skips fields this project does not use. */
  public void skip(int count) {
    for (int i = 0; i < count; i++) {
      readString();
    }
  }

  /** Every field of the message, the id included, for logging what could not be decoded. */
  public List<String> all() {
    return List.copyOf(fields);
  }

  public int remaining() {
    return fields.size() - position;
  }

  /** Fails if fields are left over: the peer's layout is longer than ours. */
  public void expectEnd() {
    if (remaining() != 0) {
      throw new CorruptFrameException(
          "message "
              + fields.get(0)
              + " has "
              + fields.size()
              + " fields (expected: "
              + position
              + ")");
    }
  }

  private double parseDouble(String field) {
    try {
      return Double.parseDouble(field);
    } catch (NumberFormatException e) {
      throw notA("a number", field);
    }
  }

  private CorruptFrameException notA(String expected, String field) {
    String shown = field.length() > 40 ? field.substring(0, 40) + "..." : field;
    return new CorruptFrameException(
        "message "
            + fields.get(0)
            + " field "
            + (position - 1)
            + ": '"
            + shown
            + "' (expected: "
            + expected
            + ")");
  }
}
