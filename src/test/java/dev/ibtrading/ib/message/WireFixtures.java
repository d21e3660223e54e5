package dev.ibtrading.ib.message;

import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FieldWriter;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Frames to fields and back, and the reference's field tables, for message tests. */
final class WireFixtures {
  private WireFixtures() {}

  static List<String> fields(byte[] frame) {
    FrameDecoder decoder = new FrameDecoder();
    decoder.feed(frame, 0, frame.length);
    List<String> fields = decoder.next();
    if (decoder.buffered() != 0) {
      throw new AssertionError(decoder.buffered() + " bytes left after one frame");
    }
    return fields;
  }

  static List<String> fields(ClientMessage message) {
    return fields(message.toFrame());
  }

  static List<String> fields(ServerMessage message) {
    return fields(message.toFrame());
  }

  static String hex(ClientMessage message) {
    return HexFormat.of().formatHex(message.toFrame());
  }

  /** What the gateway decodes from these fields. */
  static Object decodeClient(List<String> fields) {
    return ClientMessageType.decode(new FieldReader(List.copyOf(fields)));
  }

  /** What the client decodes from these fields. */
  static Object decodeServer(List<String> fields) {
    return ServerMessageType.decode(new FieldReader(List.copyOf(fields)));
  }

  static byte[] frame(List<String> fields) {
    FieldWriter out = new FieldWriter();
    fields.forEach(out::add);
    return out.toFrame();
  }

  /**
   * One column of a reference table stored as TSV under {@code src/test/resources/tws}: field
   * number, name, then one column per example; {@code ∅} is the empty field.
   */
  static List<String> column(String resource, int column) {
    List<String> values = new ArrayList<>();
    try (InputStream in = WireFixtures.class.getResourceAsStream("/tws/" + resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (Integer.parseInt(cells[0]) != values.size()) {
          throw new AssertionError("row " + cells[0] + " out of order in " + resource);
        }
        String value = cells[2 + column];
        values.add(value.equals("∅") ? "" : value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
