package dev.ibtrading.bench;

import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.ib.wire.FrameDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded gateway stream the codec benchmarks decode ({@code /tws/recorded-session.bin}, made
 * by {@link StreamRecorder}): length-prefixed frames as the gateway sent them after its hello.
 */
public final class RecordedSession {
  static final String RESOURCE = "/tws/recorded-session.bin";

  private RecordedSession() {}

  /** The recorded bytes. */
  public static byte[] bytes() {
    try (InputStream in = RecordedSession.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing: run StreamRecorder");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Every frame decoded by our client, in order: a {@code ServerMessage} or, for an id it does not
   * decode, an {@code UnknownMessage}.
   */
  public static List<Object> decoded() {
    byte[] stream = bytes();
    FrameDecoder decoder = new FrameDecoder();
    decoder.feed(stream, 0, stream.length);
    List<Object> messages = new ArrayList<>();
    for (List<String> frame = decoder.next(); frame != null; frame = decoder.next()) {
      messages.add(ServerMessageType.decode(new FieldReader(frame)));
    }
    if (decoder.buffered() != 0) {
      throw new IllegalStateException(
          RESOURCE + " ends inside a frame: " + decoder.buffered() + " bytes left (expected: 0)");
    }
    return messages;
  }
}
