package dev.ibtrading.ib.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of every connection. The client sends the only unframed bytes of the protocol, {@code
 * API\0}, then a frame holding {@code v<min>..<max>} (no NUL, optionally a space and connect
 * options); the server answers with a normal frame {@code <serverVersion>\0<connectionTime>\0}.
 */
public final class Handshake {
  /** The four bytes that open a connection. */
  public static final byte[] PREFIX = {'A', 'P', 'I', 0};

  /** The layouts this project speaks: text message ids, before the protobuf era (201). */
  public static final int SERVER_VERSION = 176;

  /** IB's clients have advertised this minimum for years. */
  public static final int CLIENT_MIN_VERSION = 100;

  private static final Pattern RANGE = Pattern.compile("v(\\d{1,4})(?:\\.\\.(\\d{1,4}))?( .*)?");

  private Handshake() {}

  /** What a client advertises: the versions it can speak. */
  public record VersionRange(int min, int max) {
    public VersionRange {
      if (min < 1 || max < min) {
        throw new IllegalArgumentException("version range v" + min + ".." + max + " is empty");
      }
    }

    public boolean contains(int version) {
      return version >= min && version <= max;
    }

    @Override
    public String toString() {
      return min == max ? "v" + min : "v" + min + ".." + max;
    }
  }

  /** The server's answer. */
  public record ServerHello(int serverVersion, String connectionTime) {}

  /** The bytes a client sends first: {@code API\0} and the framed version range. */
  public static byte[] clientHello(VersionRange range) {
    byte[] text = range.toString().getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(PREFIX.length + 4 + text.length);
    out.writeBytes(PREFIX);
    out.write(text.length >>> 24);
    out.write(text.length >>> 16);
    out.write(text.length >>> 8);
    out.write(text.length);
    out.writeBytes(text);
    return out.toByteArray();
  }

  /** Parses the payload of the client's version frame, ignoring connect options. */
  public static VersionRange parseVersionRange(byte[] payload) {
    String text = new String(payload, StandardCharsets.ISO_8859_1);
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
      throw new CorruptFrameException("version string: '" + shown + "' (expected: v<min>..<max>)");
    }
    int min = Integer.parseInt(m.group(1));
    int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
    try {
      return new VersionRange(min, max);
    } catch (IllegalArgumentException e) {
      throw new CorruptFrameException(e.getMessage());
    }
  }

  /** The server's answer as a frame. */
  public static byte[] serverHello(ServerHello hello) {
    return new FieldWriter().add(hello.serverVersion()).add(hello.connectionTime()).toFrame();
  }

  /** Reads the server's answer from the fields of its first frame. */
  public static ServerHello parseServerHello(List<String> fields) {
    if (fields.size() < 2) {
      throw new CorruptFrameException(
          "server hello has " + fields.size() + " fields (expected: 2)");
    }
    try {
      return new ServerHello(Integer.parseInt(fields.get(0)), fields.get(1));
    } catch (NumberFormatException e) {
      throw new CorruptFrameException(
          "server version: '" + fields.get(0) + "' (expected: an integer)");
    }
  }
}
