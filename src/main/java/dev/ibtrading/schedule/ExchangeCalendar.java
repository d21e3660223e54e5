package dev.ibtrading.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The NYSE trading calendar, computed by rule: trading days are Monday to Friday except the
 * observed {@link NyseHoliday}s; the regular session runs 09:30-16:00 New York time, or 09:30-13:00
 * on an {@link EarlyClose} day. Immutable and thread-safe.
 *
 * <p>The rules are today's: Juneteenth counts from 2022, and dates long before that (when other
 * holidays and hours applied) are not modelled. Closures and half days the exchange announces at
 * short notice, such as the national day of mourning on 2025-01-09, cannot be derived by rule; pass
 * them to {@link #nyse(List, List)} (configured as {@link CalendarProperties}).
 *
 * <p>Sources: NYSE Rule 7.2 and NYSE Group's holiday and early-closing calendars announced
 * 2021-12-27 (2022-2024), 2024-11-08 (2025-2027) and 2025-12-23 (2026-2028), as published on
 * nyse.com/markets/hours-calendars; the tests hold the calendar to every published date of
 * 2024-2027.
 */
public final class ExchangeCalendar {
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  public static final LocalTime OPEN = LocalTime.of(9, 30);
  public static final LocalTime CLOSE = LocalTime.of(16, 0);
  public static final LocalTime EARLY_CLOSE = LocalTime.of(13, 0);

  private final Map<LocalDate, String> extraClosedDays;
  private final Map<LocalDate, ExtraEarlyClose> extraEarlyCloses;
  private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

  private ExchangeCalendar(
      Map<LocalDate, String> extraClosedDays, Map<LocalDate, ExtraEarlyClose> extraEarlyCloses) {
    this.extraClosedDays = extraClosedDays;
    this.extraEarlyCloses = extraEarlyCloses;
  }

  /** The NYSE calendar by rule alone. */
  public static ExchangeCalendar nyse() {
    return new ExchangeCalendar(Map.of(), Map.of());
  }

  /**
   * The NYSE calendar by rule, plus closures and half days announced outside the rules.
   *
   * @throws IllegalArgumentException when a date is given twice, or an early close falls on a day
   *     without a session or does not end between the open and 16:00
   */
  public static ExchangeCalendar nyse(
      List<ExtraClosedDay> extraClosedDays, List<ExtraEarlyClose> extraEarlyCloses) {
    Map<LocalDate, String> closed = new HashMap<>();
    for (ExtraClosedDay day : extraClosedDays) {
      if (closed.put(day.date(), day.reason()) != null) {
        throw new IllegalArgumentException(
            "extra closed day " + day.date() + " given twice (expected: each date once)");
      }
    }
    ExchangeCalendar closedOnly = new ExchangeCalendar(Map.copyOf(closed), Map.of());
    Map<LocalDate, ExtraEarlyClose> early = new HashMap<>();
    for (ExtraEarlyClose day : extraEarlyCloses) {
      Optional<String> closure = closedOnly.closureReason(day.date());
      if (closure.isPresent()) {
        throw new IllegalArgumentException(
            "extra early close on "
                + day.date()
                + ", which has no session: "
                + closure.get()
                + " (expected: a trading day)");
      }
      if (!day.close().isAfter(OPEN) || !day.close().isBefore(CLOSE)) {
        throw new IllegalArgumentException(
            "extra early close on "
                + day.date()
                + " at "
                + day.close()
                + " (expected: after "
                + OPEN
                + " and before "
                + CLOSE
                + " New York time)");
      }
      if (early.put(day.date(), day) != null) {
        throw new IllegalArgumentException(
            "extra early close " + day.date() + " given twice (expected: each date once)");
      }
    }
    return new ExchangeCalendar(Map.copyOf(closed), Map.copyOf(early));
  }

  public boolean isTradingDay(LocalDate date) {
    return closureReason(date).isEmpty();
  }

  /**
   * Why the exchange is closed on {@code date}, e.g. {@code Saturday}, {@code Good Friday} or
   * {@code Independence Day (observed)}; empty on a trading day.
   */
  public Optional<String> closureReason(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return Optional.of(day == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
    }
    String holiday = holidaysOf(date.getYear()).get(date);
    if (holiday != null) {
      return Optional.of(holiday);
    }
    return Optional.ofNullable(extraClosedDays.get(date));
  }

  /**
   * The scheduled half day {@code date} is by rule, if it is a trading day with an early close;
   * configured extra early closes are not among them (see {@link #earlyCloseReason}).
   */
  public Optional<EarlyClose> earlyClose(LocalDate date) {
    if (!isTradingDay(date)) {
      return Optional.empty();
    }
    return Arrays.stream(EarlyClose.values()).filter(rule -> rule.fallsOn(date)).findFirst();
  }

  /**
   * Why the session of {@code date} ends early, e.g. {@code Day after Thanksgiving} or a configured
   * extra early close's reason; empty on a full day or a day without a session.
   */
  public Optional<String> earlyCloseReason(LocalDate date) {
    ExtraEarlyClose extra = extraEarlyCloses.get(date);
    if (extra != null) {
      return Optional.of(extra.reason());
    }
    return earlyClose(date).map(EarlyClose::displayName);
  }

  /**
   * The opening of the regular session, 09:30 New York time.
   *
   * @throws IllegalArgumentException when {@code date} is not a trading day
   */
  public ZonedDateTime sessionOpen(LocalDate date) {
    requireTradingDay(date);
    return ZonedDateTime.of(date, OPEN, NEW_YORK);
  }

  /**
   * The end of the regular session: 16:00 New York time, 13:00 on an early close by rule, or a
   * configured extra early close's time (which wins over the rule's).
   *
   * @throws IllegalArgumentException when {@code date} is not a trading day
   */
  public ZonedDateTime sessionClose(LocalDate date) {
    requireTradingDay(date);
    ExtraEarlyClose extra = extraEarlyCloses.get(date);
    LocalTime close =
        extra != null ? extra.close() : earlyClose(date).isPresent() ? EARLY_CLOSE : CLOSE;
    return ZonedDateTime.of(date, close, NEW_YORK);
  }

  /** The last trading day strictly before {@code date}. */
  public LocalDate previousTradingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isTradingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The first trading day strictly after {@code date}. */
  public LocalDate nextTradingDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (!isTradingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Whether the regular session is running at {@code instant}: open inclusive, close exclusive. */
  public boolean isOpen(Instant instant) {
    LocalDate date = instant.atZone(NEW_YORK).toLocalDate();
    return isTradingDay(date)
        && !instant.isBefore(sessionOpen(date).toInstant())
        && instant.isBefore(sessionClose(date).toInstant());
  }

  /**
   * The latest trading day whose regular session had ended at {@code instant}: today once the close
   * (13:00 on a half day) has passed, otherwise the previous trading day. Its daily bar is the
   * newest complete one.
   */
  public LocalDate lastCompletedSession(Instant instant) {
    LocalDate date = instant.atZone(NEW_YORK).toLocalDate();
    if (isTradingDay(date) && !instant.isBefore(sessionClose(date).toInstant())) {
      return date;
    }
    return previousTradingDay(date);
  }

  /** Equal when the extras are: the rules are the same for every calendar. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ExchangeCalendar that
        && extraClosedDays.equals(that.extraClosedDays)
        && extraEarlyCloses.equals(that.extraEarlyCloses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extraClosedDays, extraEarlyCloses);
  }

  @Override
  public String toString() {
    return "ExchangeCalendar[NYSE rules, extra closed days "
        + new TreeMap<>(extraClosedDays)
        + ", extra early closes "
        + new TreeMap<>(extraEarlyCloses).values()
        + "]";
  }

  private void requireTradingDay(LocalDate date) {
    Optional<String> reason = closureReason(date);
    if (reason.isPresent()) {
      throw new IllegalArgumentException(
          "no session on " + date + ": " + reason.get() + " (expected: a trading day)");
    }
  }

  /**
   * The observed holidays falling in {@code year}. The next year's holidays are included too, so
   * the calendar does not rely on every observed day staying inside its own year.
   */
  private Map<LocalDate, String> holidaysOf(int year) {
    return holidaysByYear.computeIfAbsent(
        year,
        y -> {
          Map<LocalDate, String> holidays = new HashMap<>();
          for (int ruleYear = y; ruleYear <= y + 1; ruleYear++) {
            for (NyseHoliday holiday : NyseHoliday.values()) {
              String name =
                  holiday.displayName() + (holiday.isShifted(ruleYear) ? " (observed)" : "");
              holiday
                  .observedIn(ruleYear)
                  .filter(day -> day.getYear() == y)
                  .ifPresent(day -> holidays.put(day, name));
            }
          }
          return Map.copyOf(holidays);
        });
  }
}
