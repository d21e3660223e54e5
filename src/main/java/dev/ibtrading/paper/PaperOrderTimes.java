package dev.ibtrading.paper;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The times the order engine works with, in New York: the open (09:30), the close (16:00), the end
 * of after-hours trading (20:00), on weekdays. Exchange holidays are not modelled.
 */
final class PaperOrderTimes {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final LocalTime OPEN = LocalTime.of(9, 30);
  static final LocalTime CLOSE = LocalTime.of(16, 0);
  static final LocalTime AFTER_HOURS_END = LocalTime.of(20, 0);

  /** How execution times are written: IB's text form with a zone the client can resolve. */
  private static final DateTimeFormatter IB_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss 'US/Eastern'");

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

  /** Completed orders' times carry the zone's full name (rust-ibapi@0e41d5b orders tests). */
  private static final DateTimeFormatter COMPLETED_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss 'America/New_York'");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private PaperOrderTimes() {}

  /** The first weekday {@code time} in New York strictly after {@code after}. */
  static Instant nextWeekdayAt(Instant after, LocalTime time) {
    ZonedDateTime candidate = after.atZone(NEW_YORK).with(time).withNano(0);
    while (!candidate.toInstant().isAfter(after) || isWeekend(candidate.getDayOfWeek())) {
      candidate = candidate.plusDays(1).with(time);
    }
    return candidate.toInstant();
  }

  static String ibTime(Instant instant) {
    return IB_TIME.format(instant.atZone(NEW_YORK));
  }

  /** A COMPLETED_ORDER's completedTime: {@code 20250708 02:34:46 America/New_York}. */
  static String completedTime(Instant instant) {
    return COMPLETED_TIME.format(instant.atZone(NEW_YORK));
  }

  /** {@code yyyyMMdd}, the date part of IB's times. */
  static String ibDate(LocalDate date) {
    return DATE.format(date);
  }

  /** For warning texts: {@code yyyyMMdd HH:mm:ss} in New York. */
  static String shown(Instant instant) {
    return DATE_TIME.format(instant.atZone(NEW_YORK)) + " US/Eastern";
  }

  /**
   * An IB time: {@code yyyyMMdd HH:mm:ss} or {@code yyyyMMdd-HH:mm:ss}, optionally followed by a
   * zone (New York if absent). {@code null} if unreadable.
   */
  static Instant parseIbTime(String text) {
    String trimmed = text.trim();
    if (trimmed.length() > 8 && trimmed.charAt(8) == '-') {
      trimmed = trimmed.substring(0, 8) + " " + trimmed.substring(9);
    }
    String[] parts = trimmed.split("\\s+");
    if (parts.length < 2 || parts.length > 3) {
      return null;
    }
    try {
      ZoneId zone = parts.length == 3 ? ZoneId.of(parts[2], ZoneId.SHORT_IDS) : NEW_YORK;
      return LocalDateTime.parse(parts[0] + " " + parts[1], DATE_TIME).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isWeekend(DayOfWeek day) {
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
