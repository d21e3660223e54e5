package dev.ibtrading.paper;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The simulated US equity calendar: trading days are Monday to Friday and the regular session runs
 * 09:30-16:00 New York time. Exchange holidays and early closes are NOT modelled: the paper market
 * trades on Thanksgiving as on any Thursday.
 */
final class TradingCalendar {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final LocalTime OPEN = LocalTime.of(9, 30);
  static final LocalTime CLOSE = LocalTime.of(16, 0);

  private TradingCalendar() {}

  static boolean isTradingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  static LocalDate previousTradingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isTradingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  static LocalDate nextTradingDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (!isTradingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The latest trading day on or before {@code date}. */
  static LocalDate onOrBefore(LocalDate date) {
    return isTradingDay(date) ? date : previousTradingDay(date);
  }

  /**
   * How many trading days lie after {@code from} up to and including {@code to}: 0 for the same
   * day, negative when {@code to} is earlier. Both must be trading days.
   */
  static long tradingDaysBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    long weeks = Math.floorDiv(days, 7);
    long count = weeks * 5;
    LocalDate day = from.plusWeeks(weeks);
    while (day.isBefore(to)) {
      day = day.plusDays(1);
      if (isTradingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The trading day {@code n} trading days after {@code from} (a trading day). */
  static LocalDate plusTradingDays(LocalDate from, long n) {
    LocalDate day = from.plusWeeks(n / 5);
    for (long i = 0; i < n % 5; i++) {
      day = nextTradingDay(day);
    }
    return day;
  }

  static boolean isRegularHours(Instant instant) {
    ZonedDateTime ny = instant.atZone(NEW_YORK);
    LocalTime time = ny.toLocalTime();
    return isTradingDay(ny.toLocalDate()) && !time.isBefore(OPEN) && time.isBefore(CLOSE);
  }

  /** The last trading day whose regular session had ended at {@code instant}. */
  static LocalDate lastCompletedSession(Instant instant) {
    ZonedDateTime ny = instant.atZone(NEW_YORK);
    LocalDate date = ny.toLocalDate();
    if (isTradingDay(date) && !ny.toLocalTime().isBefore(CLOSE)) {
      return date;
    }
    return previousTradingDay(date);
  }

  /**
   * How far into the regular session {@code instant} is: 0 at the open (and before), 1 at the close
   * (and after), on its New York date.
   */
  static double sessionFraction(Instant instant) {
    ZonedDateTime ny = instant.atZone(NEW_YORK);
    long seconds = ny.toLocalTime().toSecondOfDay() - OPEN.toSecondOfDay();
    long length = CLOSE.toSecondOfDay() - OPEN.toSecondOfDay();
    return Math.max(0, Math.min(1, (double) seconds / length));
  }
}
