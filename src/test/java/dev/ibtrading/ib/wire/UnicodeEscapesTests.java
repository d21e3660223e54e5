package dev.ibtrading.ib.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeEscapesTests {

  @Test
  void unescapesEachFourDigitSequence() {
    assertThat(UnicodeEscapes.unescape("Soci\\u00e9t\\u00E9 G\\u00e9n\\u00e9rale"))
        .isEqualTo("Société Générale");
    assertThat(UnicodeEscapes.unescape("\\u65e5\\u672c")).isEqualTo("日本");
  }

  @Test
  void leavesTextWithoutEscapesAlone() {
    String text = "Market data farm connection is OK:usfarm";

    assertThat(UnicodeEscapes.unescape(text)).isSameAs(text);
  }

  @Test
  void leavesBrokenSequencesAsTheyAre() {
    assertThat(UnicodeEscapes.unescape("a\\u12")).isEqualTo("a\\u12");
    assertThat(UnicodeEscapes.unescape("path C:\\users\\uxyz1")).isEqualTo("path C:\\users\\uxyz1");
    assertThat(UnicodeEscapes.unescape("\\u00e9\\u")).isEqualTo("é\\u");
  }
}
