package dev.ibtrading.paper;

import dev.ibtrading.ib.ExecutionTime;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The times the order engine works with, in New York: the open (09:30), the close (16:00, 13:00 on
 * an early close), the end of after-hours trading (20:00), on the trading days of the paper
 * market's NYSE calendar ({@link PaperMarket#calendar()}).
 */
final class PaperOrderTimes {
  static final ZoneId NEW_YORK = ExchangeCalendar.NEW_YORK;
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

  /** The first session open strictly after {@code after}. */
  static Instant nextOpen(ExchangeCalendar calendar, Instant after) {
    return nextOnTradingDays(calendar, after, calendar::sessionOpen);
  }

  /** The first session close (13:00 on an early close) strictly after {@code after}. */
  static Instant nextClose(ExchangeCalendar calendar, Instant after) {
    return nextOnTradingDays(calendar, after, calendar::sessionClose);
  }

  /** The first end of after-hours trading, 20:00 on a trading day, strictly after {@code after}. */
  static Instant nextAfterHoursEnd(ExchangeCalendar calendar, Instant after) {
    return nextOnTradingDays(calendar, after, day -> day.atTime(AFTER_HOURS_END).atZone(NEW_YORK));
  }

  private static Instant nextOnTradingDays(
      ExchangeCalendar calendar, Instant after, Function<LocalDate, ZonedDateTime> momentOf) {
    LocalDate day = after.atZone(NEW_YORK).toLocalDate();
    while (true) {
      if (calendar.isTradingDay(day)) {
        Instant moment = momentOf.apply(day).toInstant();
        if (moment.isAfter(after)) {
          return moment;
        }
      }
      day = day.plusDays(1);
    }
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
   * An IB time as clients send it: {@code yyyyMMdd HH:mm:ss}, optionally followed by a zone (New
   * York, the paper gateway's zone, if absent), or {@code yyyyMMdd-HH:mm:ss}, which IB reads as
   * UTC. Read as the client reads IB's times ({@link ExecutionTime}); {@code null} if unreadable.
   */
  static Instant parseIbTime(String text) {
    return ExecutionTime.parse(text);
  }
}
