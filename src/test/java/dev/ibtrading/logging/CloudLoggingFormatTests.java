package dev.ibtrading.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudLoggingFormatTests {
  private static final Instant AT = Instant.parse("2025-01-02T15:00:00.123Z");
  private final Logger logger = new LoggerContext().getLogger("dev.ibtrading.Example");
  private final CloudLoggingFormat format = new CloudLoggingFormat();

  private JsonNode format(
      Level level, String message, Throwable thrown, Map<String, String> mdc, Object... args) {
    LoggingEvent event = new LoggingEvent("fqcn", logger, level, message, thrown, args);
    event.setInstant(AT);
    event.setThreadName("http-1");
    event.setMDCPropertyMap(mdc);
    String line = format.format(event);
    assertThat(line).endsWith("\n").doesNotContain("\n{");
    return JsonMapper.shared().readTree(line);
  }

  @Test
  void writesTheFieldsCloudLoggingParses() {
    JsonNode json =
        format(
            Level.WARN,
            "Run {} ended {}",
            null,
            Map.of(
                LogContext.TRACE,
                "projects/p/traces/abc",
                LogContext.RUN_ID,
                "allocation:42",
                LogContext.INTENT,
                "allocation",
                "unrelated",
                "x"),
            "allocation:42",
            "partial");

    assertThat(json.get("severity").stringValue()).isEqualTo("WARNING");
    assertThat(json.get("message").stringValue()).isEqualTo("Run allocation:42 ended partial");
    assertThat(json.get("time").stringValue()).isEqualTo("2025-01-02T15:00:00.123Z");
    assertThat(json.get("logger").stringValue()).isEqualTo("dev.ibtrading.Example");
    assertThat(json.get(CloudLoggingFormat.TRACE_FIELD).stringValue())
        .isEqualTo("projects/p/traces/abc");
    JsonNode labels = json.get(CloudLoggingFormat.LABELS_FIELD);
    assertThat(labels.get("runId").stringValue()).isEqualTo("allocation:42");
    assertThat(labels.get("intent").stringValue()).isEqualTo("allocation");
    assertThat(labels.has("unrelated")).isFalse();
  }

  @Test
  void leavesOutTraceAndLabelsOutsideARequest() {
    JsonNode json = format(Level.INFO, "started", null, Map.of());

    assertThat(json.get("severity").stringValue()).isEqualTo("INFO");
    assertThat(json.has(CloudLoggingFormat.TRACE_FIELD)).isFalse();
    assertThat(json.has(CloudLoggingFormat.LABELS_FIELD)).isFalse();
  }

  @Test
  void putsTheStackTraceInTheMessage() {
    JsonNode json =
        format(Level.ERROR, "Run failed", new IllegalStateException("broken book"), Map.of());

    assertThat(json.get("severity").stringValue()).isEqualTo("ERROR");
    assertThat(json.get("message").stringValue())
        .startsWith("Run failed\n")
        .contains("java.lang.IllegalStateException: broken book")
        .contains("\tat dev.ibtrading.logging.CloudLoggingFormatTests");
  }

  @Test
  void mapsLevelsToCloudLoggingSeverities() {
    assertThat(CloudLoggingFormat.severity(Level.ERROR)).isEqualTo("ERROR");
    assertThat(CloudLoggingFormat.severity(Level.WARN)).isEqualTo("WARNING");
    assertThat(CloudLoggingFormat.severity(Level.INFO)).isEqualTo("INFO");
    assertThat(CloudLoggingFormat.severity(Level.DEBUG)).isEqualTo("DEBUG");
    assertThat(CloudLoggingFormat.severity(Level.TRACE)).isEqualTo("DEBUG");
  }
}
