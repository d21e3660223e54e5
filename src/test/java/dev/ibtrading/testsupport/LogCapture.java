package dev.ibtrading.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records what one class logs from now until {@link #close()}, from any thread. */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previousLevel;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(Logger logger, Level level) {
    this.logger = logger;
    previousLevel = logger.getLevel();
    if (level != null) {
      logger.setLevel(level);
    }
    appender.start();
    logger.addAppender(appender);
  }

  public static LogCapture of(Class<?> type) {
    return new LogCapture((Logger) LoggerFactory.getLogger(type), Level.DEBUG);
  }

  /**
   * Records what every class logs at the levels the tests' configuration lets through (warnings and
   * errors unless {@code -Dtest.log.level} says otherwise), its level left as it is.
   */
  public static LogCapture everything() {
    return new LogCapture((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME), null);
  }

  /** The formatted messages logged at exactly {@code level}, oldest first. */
  public List<String> messages(Level level) {
    List<ILoggingEvent> events;
    synchronized (appender) { // ListAppender appends under its own monitor
      events = List.copyOf(appender.list);
    }
    return events.stream()
        .filter(e -> e.getLevel().equals(level))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  /** How many messages at {@code level} contain {@code fragment}. */
  public long count(Level level, String fragment) {
    return messages(level).stream().filter(m -> m.contains(fragment)).count();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previousLevel);
    appender.stop();
  }
}
