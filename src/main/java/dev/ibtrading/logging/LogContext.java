package dev.ibtrading.logging;

import org.slf4j.MDC;

/**
 * The diagnostic context keys the log format turns into Cloud Logging fields. Values live in
 * SLF4J's MDC, so they follow the request's thread and reach every log line of a run.
 */
public final class LogContext {
  /** Full trace resource name: {@code projects/PROJECT/traces/TRACE_ID}. */
  static final String TRACE = "trace";

  /** The run key of the run being handled. */
  static final String RUN_ID = "runId";

  /** The intent of the run being handled. */
  static final String INTENT = "intent";

  private LogContext() {}

  /** Labels the log lines of the current thread with a run until the returned scope is closed. */
  public static Scope run(String runId, String intent) {
    MDC.put(RUN_ID, runId);
    MDC.put(INTENT, intent);
    return () -> {
      MDC.remove(RUN_ID);
      MDC.remove(INTENT);
    };
  }

  /** An MDC scope; closing it removes what it put. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
