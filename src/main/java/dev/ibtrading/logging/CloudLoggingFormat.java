package dev.ibtrading.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;

/**
 * One JSON object per log line in the shape Cloud Logging parses from a container's stdout: {@code
 * severity}, {@code message}, {@code time}, {@code logging.googleapis.com/trace} (from the
 * request's {@code X-Cloud-Trace-Context}, see {@link CloudTraceFilter}) and {@code
 * logging.googleapis.com/labels} with the run's {@code runId} and {@code intent}.
 *
 * <p>Selected with {@code
 * logging.structured.format.console=dev.ibtrading.logging.CloudLoggingFormat}. A stack trace goes
 * into the message, where Error Reporting looks for it.
 */
public final class CloudLoggingFormat extends JsonWriterStructuredLogFormatter<ILoggingEvent> {
  static final String TRACE_FIELD = "logging.googleapis.com/trace";
  static final String LABELS_FIELD = "logging.googleapis.com/labels";

  public CloudLoggingFormat() {
    super(CloudLoggingFormat::members, null);
  }

  private static void members(JsonWriter.Members<ILoggingEvent> members) {
    members.add("severity", event -> severity(event.getLevel()));
    members.add("message", CloudLoggingFormat::message);
    members.add("time", event -> event.getInstant().toString());
    members.add("logger", ILoggingEvent::getLoggerName);
    members.add("thread", ILoggingEvent::getThreadName);
    members
        .add(TRACE_FIELD, event -> event.getMDCPropertyMap().get(LogContext.TRACE))
        .whenNotNull();
    members.add(LABELS_FIELD, CloudLoggingFormat::labels).whenNotEmpty();
  }

  /** Cloud Logging's LogSeverity names; logback's TRACE and DEBUG are both DEBUG there. */
  static String severity(Level level) {
    return switch (level.toInt()) {
      case Level.ERROR_INT -> "ERROR";
      case Level.WARN_INT -> "WARNING";
      case Level.INFO_INT -> "INFO";
      default -> "DEBUG";
    };
  }

  private static String message(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy();
    String message = event.getFormattedMessage();
    return thrown == null ? message : message + "\n" + ThrowableProxyUtil.asString(thrown);
  }

  private static Map<String, String> labels(ILoggingEvent event) {
    Map<String, String> mdc = event.getMDCPropertyMap();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String key : new String[] {LogContext.RUN_ID, LogContext.INTENT}) {
      String value = mdc.get(key);
      if (value != null) {
        labels.put(key, value);
      }
    }
    return labels;
  }
}
