package dev.ibtrading.ib.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the field reader refuses: every refusal is a corrupt frame with actual and expected. */
class FieldReaderTests {

  @Test
  void runningOutOfFieldsIsCorrupt() {
    FieldReader reader = new FieldReader(List.of("9", "1"));
    reader.readInt();

    assertThatThrownBy(reader::readInt)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 9 has 2 fields (expected: more than 2)");
  }

  @Test
  void aNonNumericIntIsCorrupt() {
    FieldReader reader = new FieldReader(List.of("9", "1", "12x"));
    reader.readInt();

    assertThatThrownBy(reader::readInt)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 9 field 2: '12x' (expected: an integer)");
  }

  @Test
  void aNonNumericDoubleOrDecimalIsCorrupt() {
    assertThatThrownBy(() -> new FieldReader(List.of("1", "abc")).readDouble())
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 1 field 1: 'abc' (expected: a number)");
    assertThatThrownBy(() -> new FieldReader(List.of("61", "1e")).readDecimal())
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 61 field 1: '1e' (expected: a decimal)");
  }

  @Test
  void aLongGarbageFieldIsShortenedInTheMessage() {
    FieldReader reader = new FieldReader(List.of("3", "y".repeat(1000)));

    assertThatThrownBy(reader::readLong)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 3 field 1: '" + "y".repeat(40) + "...' (expected: an integer)");
  }

  @Test
  void leftoverFieldsAreCorrupt() {
    FieldReader reader = new FieldReader(List.of("49", "1", "extra"));
    reader.readInt();

    assertThatThrownBy(reader::expectEnd)
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message 49 has 3 fields (expected: 2)");
  }

  @Test
  void aNonNumericOrMissingMessageIdIsCorrupt() {
    assertThatThrownBy(() -> new FieldReader(List.of("abc")).messageId())
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message id: 'abc' (expected: an integer)");
    assertThatThrownBy(() -> new FieldReader(List.of()).messageId())
        .isInstanceOf(CorruptFrameException.class)
        .hasMessage("message has no fields (expected: a message id)");
  }

  @Test
  void emptyFieldsAreZeroOrUnsetNotErrors() {
    FieldReader reader = new FieldReader(List.of("1", "", "", "", "", ""));

    assertThat(reader.readInt()).isZero();
    assertThat(reader.readDouble()).isZero();
    assertThat(reader.readBool()).isFalse();
    assertThat(reader.readIntMax()).isNull();
    assertThat(reader.readDecimal()).isNull();
    reader.expectEnd();
  }
}
