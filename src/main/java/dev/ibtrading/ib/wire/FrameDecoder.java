package dev.ibtrading.ib.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a byte stream into frames of fields: {@code [uint32 length][payload]}, payload being
 * NUL-terminated ASCII fields. Bytes arrive in any split (one at a time, a frame across reads, two
 * frames in one read); {@link #next()} returns {@code null} when it needs more bytes, which is
 * normal, not an error.
 *
 * <p>The length is checked against the limit as soon as its four bytes are in, before any payload
 * is buffered, so a hostile length can never make us allocate. After a {@link
 * CorruptFrameException} the decoder is reset; the caller should close the connection anyway.
 *
 * <p>Not thread-safe: one decoder per connection, fed by its reader.
 */
public final class FrameDecoder {
  /** The largest payload IB's own clients accept (0xFFFFFF bytes). */
  public static final int IB_MAX_LENGTH = 0xFFFFFF;

  private static final int HEADER = 4;

  private final int maxLength;
  private byte[] buffer = new byte[1024];
  private int start;
  private int end;

  public FrameDecoder(int maxLength) {
    if (maxLength < 1 || maxLength > IB_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "maxLength: " + maxLength + " (expected: 1.." + IB_MAX_LENGTH + ")");
    }
    this.maxLength = maxLength;
  }

  public FrameDecoder() {
    this(IB_MAX_LENGTH);
  }

  /** Appends bytes received from the peer. */
  public void feed(byte[] bytes, int offset, int length) {
    ensureRoom(length);
    System.arraycopy(bytes, offset, buffer, end, length);
    end += length;
  }

  /** Bytes received but not yet returned as a frame. */
  public int buffered() {
    return end - start;
  }

  /**
   * The fields of the next complete frame, or {@code null} if more bytes are needed.
   *
   * @throws CorruptFrameException if the frame is empty, too long or not NUL-terminated
   */
  public List<String> next() {
    byte[] payload = nextPayload();
    if (payload == null) {
      return null;
    }
    if (payload[payload.length - 1] != 0) {
      throw new CorruptFrameException(
          "frame of " + payload.length + " bytes does not end with NUL");
    }
    return splitFields(payload, 0, payload.length);
  }

  /**
   * The raw payload of the next complete frame, or {@code null} if more bytes are needed. Only the
   * client's version string is framed without a trailing NUL; everything else goes through {@link
   * #next()}.
   */
  public byte[] nextPayload() {
    if (buffered() < HEADER) {
      return null;
    }
    long length = readLength();
    if (length > maxLength) {
      reset();
      throw new FrameTooLongException(length, maxLength);
    }
    if (length == 0) {
      reset();
      throw new CorruptFrameException("frame length: 0 (expected: >= 1)");
    }
    if (buffered() < HEADER + length) {
      return null;
    }
    int payloadStart = start + HEADER;
    start = payloadStart + (int) length;
    return Arrays.copyOfRange(buffer, payloadStart, start);
  }

  /**
   * Splits a NUL-terminated payload into fields. ISO-8859-1 maps each byte to one char, so nothing
   * the peer sends can fail to decode; the protocol itself is ASCII.
   */
  static List<String> splitFields(byte[] bytes, int from, int to) {
    List<String> fields = new ArrayList<>();
    int fieldStart = from;
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        fields.add(new String(bytes, fieldStart, i - fieldStart, StandardCharsets.ISO_8859_1));
        fieldStart = i + 1;
      }
    }
    return fields;
  }

  private long readLength() {
    return ((buffer[start] & 0xFFL) << 24)
        | ((buffer[start + 1] & 0xFFL) << 16)
        | ((buffer[start + 2] & 0xFFL) << 8)
        | (buffer[start + 3] & 0xFFL);
  }

  private void ensureRoom(int incoming) {
    if (end + incoming <= buffer.length) {
      return;
    }
    int live = buffered();
    // Growth is bounded: next() rejects an oversized length before its payload is buffered.
    byte[] target =
        live + incoming <= buffer.length
            ? buffer
            : new byte[Math.max(buffer.length * 2, live + incoming)];
    System.arraycopy(buffer, start, target, 0, live);
    buffer = target;
    start = 0;
    end = live;
  }

  private void reset() {
    start = 0;
    end = 0;
  }
}
