package dev.ibtrading.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.ibtrading.testsupport.LogCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The log line of each received push quotes the sender's message id shortened and with control
 * characters replaced: an id of any length and content must not bloat or forge log lines.
 */
@EdgeHttpTestSupport.LocalEdgeTest
class ReceivedLogTests extends EdgeHttpTestSupport {
  /** JSON text: the id holds a newline, then what would look like another log line. */
  private static final String FORGED_JSON = "1\\n12:00:00.000 ERROR forged line";

  @Test
  void aHugeMessageIdIsLoggedShortAndOnOneLine() {
    String messageId = FORGED_JSON + "x".repeat(600);
    List<String> received;
    List<String> rejected;
    try (LogCapture log = LogCapture.of(TriggerDispatcher.class)) {
      http.postJson(
          "/risk-check", Envelopes.full(messageId, "\"" + Envelopes.base64("{}") + "\"", "{}"));
      http.postJson("/risk-check", Envelopes.full(messageId, "\"%%%%\"", "{}"));
      received = log.messages(Level.INFO);
      rejected = log.messages(Level.WARN);
    }

    assertThat(received).hasSize(1);
    assertThat(rejected).hasSize(1);
    for (String line : List.of(received.get(0), rejected.get(0))) {
      assertThat(line).doesNotContain("\n").contains("1?12:00:00.000 ERROR forged line");
      assertThat(line).doesNotContain("x".repeat(100));
    }
  }
}
