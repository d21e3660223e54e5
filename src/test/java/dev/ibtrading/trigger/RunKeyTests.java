package dev.ibtrading.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunKeyTests {
  private static final byte[] BODY = "{\"strategies\":[\"spy\"]}".getBytes(StandardCharsets.UTF_8);

  @Nested
  class RunIdAttribute {
    @ParameterizedTest
    @ValueSource(strings = {"a", "2025-01-03.open", "run_1:retry-2", "A.b_C:d-E"})
    void isTakenVerbatim(String runId) {
      assertThat(RunKey.ofRunId(runId).value()).isEqualTo(runId);
    }

    @Test
    void mayBeExactlyFortyCharacters() {
      String forty = "x".repeat(40);

      assertThat(RunKey.ofRunId(forty).value()).hasSize(RunKey.MAX_LENGTH);
    }

    @Test
    void longerThanFortyIsRefusedWithItsLength() {
      assertThatThrownBy(() -> RunKey.ofRunId("x".repeat(41)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("actual length: 41")
          .hasMessageContaining("1 to 40 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "slash/no", "quote'", "tab\t", "ümlaut", "semi;colon"})
    void outsideTheCharsetIsRefused(String runId) {
      assertThatThrownBy(() -> RunKey.ofRunId(runId))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("A-Z a-z 0-9 . _ : -");
    }

    @Test
    void controlCharactersAreNotEchoedInTheMessage() {
      assertThatThrownBy(() -> RunKey.ofRunId("a\nb\u0000"))
          .hasMessageContaining("'a?b?'")
          .hasMessageNotContaining("\n");
    }
  }

  @Nested
  class MessageId {
    @Test
    void isPrefixedWithTheIntentThatStandsForTheTopic() {
      assertThat(RunKey.ofMessage(Intent.ALLOCATION, "2070443601311540").value())
          .isEqualTo("allocation:2070443601311540");
      assertThat(RunKey.ofMessage(Intent.EOD_CHECK, "7").value()).isEqualTo("eod-check:7");
    }

    @Test
    void anIdThatDoesNotFitIsHashedStably() {
      String odd = "id with spaces and a very long tail 1234567890";

      RunKey key = RunKey.ofMessage(Intent.RISK_CHECK, odd);

      assertThat(key.value()).matches("risk-check:m[0-9a-f]{24}");
      assertThat(RunKey.ofMessage(Intent.RISK_CHECK, odd)).isEqualTo(key);
      assertThat(RunKey.ofMessage(Intent.RISK_CHECK, odd + "x")).isNotEqualTo(key);
    }

    @Test
    void everyIntentKeyOfARealisticIdFits() {
      for (Intent intent : Intent.values()) {
        assertThat(RunKey.ofMessage(intent, "12345678901234567890").value())
            .isEqualTo(intent.wireName() + ":12345678901234567890");
      }
    }
  }

  @Nested
  class PlainBody {
    @Test
    void isAStableHashOfBodyAndScheduleTime() {
      RunKey key = RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "2025-01-03T14:35:00Z", "job");

      assertThat(key.value()).matches("allocation:h[0-9a-f]{24}");
      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "2025-01-03T14:35:00Z", "job"))
          .isEqualTo(key);
    }

    @Test
    void aNewScheduleTimeIsANewRun() {
      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "2025-01-03T14:35:00Z", null))
          .isNotEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "2025-01-06T14:35:00Z", null));
    }

    @Test
    void theScheduleTimeWinsOverTheJobName() {
      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "t1", "job-a"))
          .isEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, "t1", "job-b"));
    }

    @Test
    void withoutScheduleTimeTheJobNameCounts() {
      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, null, "job-a"))
          .isNotEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, null, "job-b"))
          .isNotEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, null, null));
    }

    @Test
    void identicalManualPostsAreOneRunByDesign() {
      assertThat(RunKey.ofPlainBody(Intent.CLOSE_ALL, BODY, null, null))
          .isEqualTo(RunKey.ofPlainBody(Intent.CLOSE_ALL, BODY.clone(), null, null));
    }

    @Test
    void theSameBodyOnAnotherIntentIsAnotherRun() {
      assertThat(RunKey.ofPlainBody(Intent.RISK_CHECK, BODY, null, null).value())
          .isNotEqualTo(RunKey.ofPlainBody(Intent.EOD_CHECK, BODY, null, null).value())
          .startsWith("risk-check:h");
    }

    @Test
    void aBodyByteMattersAndTheFieldsDoNotRunTogether() {
      byte[] other = "{\"strategies\":[\"spz\"]}".getBytes(StandardCharsets.UTF_8);

      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, BODY, null, null))
          .isNotEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, other, null, null));
      // "ab" + "" must not equal "a" + "b": the separator keeps the parts apart
      assertThat(RunKey.ofPlainBody(Intent.ALLOCATION, "b".getBytes(), "a", null))
          .isNotEqualTo(RunKey.ofPlainBody(Intent.ALLOCATION, new byte[0], "ab", null));
    }
  }

  @Test
  void generatedKeysAreValidAndDistinct() {
    RunKey first = RunKey.generated();

    assertThat(first.value()).matches("gen:[0-9a-f]{24}");
    assertThat(RunKey.generated()).isNotEqualTo(first);
  }

  @Test
  void everyDerivedKeyIsAValidRunKey() {
    assertThat(RunKey.isValid(RunKey.ofPlainBody(Intent.CLOSE_ALL, BODY, "x", "y").value()))
        .isTrue();
    assertThat(RunKey.isValid(RunKey.ofMessage(Intent.CLOSE_ALL, "ä".repeat(50)).value())).isTrue();
  }
}
