package dev.ibtrading.ib.wire;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Builds one frame: appends NUL-terminated fields in the encodings of IB's own client, then {@link
 * #toFrame()} prefixes the length.
 *
 * <p>Numbers are decimal text as Java prints them ({@code 0.0}, {@code 199.5}); booleans are {@code
 * 1}/{@code 0}; {@code null} is the empty field, which every field accepts as "unset". The {@code
 * *Max} methods write the empty field for IB's {@code MAX_VALUE} sentinels, as IB's client does for
 * the fields it encodes that way.
 */
public final class FieldWriter {
  /** IB's "unset" double, written literally in some fields (see PLACE_ORDER in the reference). */
  public static final String UNSET_DOUBLE = String.valueOf(Double.MAX_VALUE);

  /** IB's "unset" int, written literally in some fields. */
  public static final String UNSET_INT = String.valueOf(Integer.MAX_VALUE);

  private byte[] bytes = new byte[256];
  private int length = 4; // room for the length prefix

  public FieldWriter add(String value) {
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 || c > 0x7E) {
          throw new IllegalArgumentException(
              "field "
                  + quote(value)
                  + " has character 0x"
                  + Integer.toHexString(c)
                  + " at index "
                  + i
                  + " (expected: printable ASCII)");
        }
      }
      ensureRoom(value.length() + 1);
      for (int i = 0; i < value.length(); i++) {
        bytes[length++] = (byte) value.charAt(i);
      }
    } else {
      ensureRoom(1);
    }
    bytes[length++] = 0;
    return this;
  }

  public FieldWriter add(int value) {
    return add(Integer.toString(value));
  }

  public FieldWriter add(long value) {
    return add(Long.toString(value));
  }

  public FieldWriter add(double value) {
    return add(String.valueOf(value));
  }

  public FieldWriter add(boolean value) {
    return add(value ? "1" : "0");
  }

  /**
   * A price where real gateways write zero as {@code 0} rather than Java's {@code 0.0}: the prices
   * of ORDER_STATUS and the strike of CONTRACT_DATA and the order messages in the frames of {@code
   * src/test/resources/tws/real-frames/}. Clients reading the field as an integer-or-float (IB's
   * Python client, ib_async) take both, but the paper gateway should not be told apart by it. Other
   * values keep Java's form: real frames do not show how a gateway writes a whole price.
   */
  public FieldWriter addPrice(double value) {
    return value == 0 ? add("0") : add(value);
  }

  /** A nullable double: {@code null} is written as the empty field. */
  public FieldWriter add(Double value) {
    return add(value == null ? null : String.valueOf(value.doubleValue()));
  }

  /** A nullable int: {@code null} is written as the empty field. */
  public FieldWriter add(Integer value) {
    return add(value == null ? null : Integer.toString(value));
  }

  /** A decimal quantity as plain text without trailing zeros ({@code 10}, {@code 0.5}). */
  public FieldWriter add(BigDecimal value) {
    if (value == null) {
      return add((String) null);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return add((stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString());
  }

  /** Several fields at once, in order. */
  public FieldWriter addAll(String... values) {
    for (String value : values) {
      add(value);
    }
    return this;
  }

  /** The frame: a 4-byte big-endian payload length, then the fields written so far. */
  public byte[] toFrame() {
    int payload = length - 4;
    bytes[0] = (byte) (payload >>> 24);
    bytes[1] = (byte) (payload >>> 16);
    bytes[2] = (byte) (payload >>> 8);
    bytes[3] = (byte) payload;
    return Arrays.copyOf(bytes, length);
  }

  private void ensureRoom(int extra) {
    if (length + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
    }
  }

  private static String quote(String value) {
    return value.length() > 40 ? "'" + value.substring(0, 40) + "...'" : "'" + value + "'";
  }
}
