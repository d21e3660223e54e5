package dev.ibtrading.ib.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framer fed bytes in every split a socket can produce, and bytes it must refuse. */
class FrameDecoderTests {
  private static final byte[] CURRENT_TIME_REQUEST = HexFormat.of().parseHex("000000053439003100");

  @Test
  void encodesTheCapturedRequestExactly() {
    assertThat(new FieldWriter().add(49).add(1).toFrame()).isEqualTo(CURRENT_TIME_REQUEST);
  }

  @Test
  void decodesOneFrameFedWhole() {
    FrameDecoder decoder = new FrameDecoder();

    decoder.feed(CURRENT_TIME_REQUEST, 0, CURRENT_TIME_REQUEST.length);

    assertThat(decoder.next()).containsExactly("49", "1");
    assertThat(decoder.next()).isNull();
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void decodesAFrameFedOneByteAtATime() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] frame = frame("9", "1", "42");

    for (int i = 0; i < frame.length - 1; i++) {
      decoder.feed(frame, i, 1);
      assertThat(decoder.next()).as("after %d bytes", i + 1).isNull();
    }
    decoder.feed(frame, frame.length - 1, 1);

    assertThat(decoder.next()).containsExactly("9", "1", "42");
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void decodesAFrameSplitAcrossReadsAtEveryPoint() {
    byte[] frame = frame("15", "1", "DU0000001,DU0000002");

    for (int split = 1; split < frame.length; split++) {
      FrameDecoder decoder = new FrameDecoder();
      decoder.feed(frame, 0, split);
      assertThat(decoder.next()).as("first %d bytes", split).isNull();
      decoder.feed(frame, split, frame.length - split);

      assertThat(decoder.next())
          .as("split at %d", split)
          .containsExactly("15", "1", "DU0000001,DU0000002");
      assertThat(decoder.buffered()).isZero();
    }
  }

  @Test
  void decodesTwoFramesInOneRead() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] both = concat(frame("9", "1", "1"), frame("49", "1736000000"));

    decoder.feed(both, 0, both.length);

    assertThat(decoder.next()).containsExactly("9", "1", "1");
    assertThat(decoder.next()).containsExactly("49", "1736000000");
    assertThat(decoder.next()).isNull();
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void keepsTheStartOfTheNextFrameAfterAComplete() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] second = frame("49", "1");
    byte[] bytes = concat(frame("9", "1", "7"), second);

    decoder.feed(bytes, 0, bytes.length - 2);

    assertThat(decoder.next()).containsExactly("9", "1", "7");
    assertThat(decoder.next()).isNull();
    assertThat(decoder.buffered()).isEqualTo(second.length - 2);
    decoder.feed(bytes, bytes.length - 2, 2);
    assertThat(decoder.next()).containsExactly("49", "1");
  }

  @Test
  void keepsEmptyFields() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] frame = frame("71", "2", "7", "");

    decoder.feed(frame, 0, frame.length);

    assertThat(decoder.next()).containsExactly("71", "2", "7", "");
  }

  @Test
  void largeFramesGrowTheBufferAndDecodeWhole() {
    FrameDecoder decoder = new FrameDecoder();
    String big = "x".repeat(200_000);
    byte[] frame = frame("10", big);

    for (int offset = 0; offset < frame.length; offset += 4096) {
      decoder.feed(frame, offset, Math.min(4096, frame.length - offset));
    }

    assertThat(decoder.next()).containsExactly("10", big);
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void rejectsAnOversizedLengthAsSoonAsTheHeaderIsIn() {
    FrameDecoder decoder = new FrameDecoder(1000);
    byte[] header = {0, 0, 0x03, (byte) 0xE9}; // 1001

    decoder.feed(header, 0, 3);
    assertThat(decoder.next()).isNull();
    decoder.feed(header, 3, 1);

    assertThatThrownBy(decoder::next)
        .isInstanceOf(FrameTooLongException.class)
        .hasMessage("frame length: 1001 (expected: <= 1000)");
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void rejectsTheLargestUnsignedLengthWithoutBufferingItsPayload() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] header = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'x', 'y'};

    decoder.feed(header, 0, header.length);

    assertThatThrownBy(decoder::next)
        .isInstanceOf(FrameTooLongException.class)
        .hasMessage("frame length: 4294967295 (expected: <= 16777215)");
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void acceptsALengthExactlyAtTheLimit() {
    FrameDecoder decoder = new FrameDecoder(4);
    byte[] frame = frame("123");

    decoder.feed(frame, 0, frame.length);

    assertThat(decoder.next()).containsExactly("123");
  }

  @Test
  void rejectsAZeroLength() {
    FrameDecoder decoder = new FrameDecoder();

    decoder.feed(new byte[4], 0, 4);

    assertThatThrownBy(decoder::next)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("frame length: 0 (expected: >= 1)");
  }

  @Test
  void rejectsAPayloadWithoutTrailingNul() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] frame = {0, 0, 0, 3, '4', '9', '1'};

    decoder.feed(frame, 0, frame.length);

    assertThatThrownBy(decoder::next)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("frame of 3 bytes does not end with NUL");
  }

  @Test
  void rawPayloadsNeedNoNul() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] versions = Handshake.clientHello(new Handshake.VersionRange(100, 176));

    decoder.feed(versions, 4, versions.length - 4); // after API\0

    assertThat(new String(decoder.nextPayload(), StandardCharsets.US_ASCII)).isEqualTo("v100..176");
  }

  @Test
  void decodesAgainAfterAnError() {
    FrameDecoder decoder = new FrameDecoder(100);
    byte[] tooLong = {0, 0, 1, 0, 'j', 'u', 'n', 'k'};
    decoder.feed(tooLong, 0, tooLong.length);
    assertThatThrownBy(decoder::next).isInstanceOf(FrameTooLongException.class);

    decoder.feed(CURRENT_TIME_REQUEST, 0, CURRENT_TIME_REQUEST.length);

    assertThat(decoder.next()).containsExactly("49", "1");
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void decodesTheNextFrameAfterOneWithoutNul() {
    FrameDecoder decoder = new FrameDecoder();
    byte[] bytes = concat(new byte[] {0, 0, 0, 2, 'a', 'b'}, CURRENT_TIME_REQUEST);
    decoder.feed(bytes, 0, bytes.length);
    assertThatThrownBy(decoder::next).isInstanceOf(CorruptFrameException.class);

    assertThat(decoder.next()).containsExactly("49", "1");
  }

  @Test
  void leavesNothingOverAfterManyFramesInRandomSplits() {
    FrameDecoder decoder = new FrameDecoder();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int i = 0; i < 500; i++) {
      stream.writeBytes(frame("49", Integer.toString(i)));
    }
    byte[] bytes = stream.toByteArray();
    java.util.Random random = new java.util.Random(7);
    List<List<String>> decoded = new ArrayList<>();

    int offset = 0;
    while (offset < bytes.length) {
      int n = Math.min(1 + random.nextInt(40), bytes.length - offset);
      decoder.feed(bytes, offset, n);
      offset += n;
      for (List<String> fields; (fields = decoder.next()) != null; ) {
        decoded.add(fields);
      }
    }

    assertThat(decoded).hasSize(500);
    assertThat(decoded.get(499)).containsExactly("49", "499");
    assertThat(decoder.buffered()).isZero();
  }

  @Test
  void rejectsALimitOutsideWhatIbAllows() {
    assertThatThrownBy(() -> new FrameDecoder(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength: 0 (expected: 1..16777215)");
    assertThatThrownBy(() -> new FrameDecoder(FrameDecoder.IB_MAX_LENGTH + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] frame(String... fields) {
    return new FieldWriter().addAll(fields).toFrame();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
