package dev.ibtrading.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The NYSE's ten full-day holidays (NYSE Rule 7.2), each with its date rule and how a weekend date
 * is observed. Sources: NYSE Group's holiday and early-closing calendars as announced on 2021-12-27
 * (2022-2024), 2024-11-08 (2025-2027) and 2025-12-23 (2026-2028), summarized on
 * nyse.com/markets/hours-calendars.
 */
public enum NyseHoliday {
  NEW_YEARS_DAY(
      "New Year's Day", year -> LocalDate.of(year, Month.JANUARY, 1), Observance.NOT_ON_SATURDAY),
  MARTIN_LUTHER_KING_JR_DAY(
      "Martin Luther King, Jr. Day", year -> nthMonday(year, Month.JANUARY, 3), Observance.AS_IS),
  WASHINGTONS_BIRTHDAY(
      "Washington's Birthday", year -> nthMonday(year, Month.FEBRUARY, 3), Observance.AS_IS),
  GOOD_FRIDAY("Good Friday", year -> Easter.sunday(year).minusDays(2), Observance.AS_IS),
  MEMORIAL_DAY(
      "Memorial Day",
      year ->
          LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
      Observance.AS_IS),
  /** A market holiday since 2022, the first year after it became a federal holiday. */
  JUNETEENTH(
      "Juneteenth National Independence Day",
      year -> year >= 2022 ? LocalDate.of(year, Month.JUNE, 19) : null,
      Observance.NEAREST_WEEKDAY),
  INDEPENDENCE_DAY(
      "Independence Day", year -> LocalDate.of(year, Month.JULY, 4), Observance.NEAREST_WEEKDAY),
  LABOR_DAY("Labor Day", year -> nthMonday(year, Month.SEPTEMBER, 1), Observance.AS_IS),
  THANKSGIVING_DAY(
      "Thanksgiving Day",
      year ->
          LocalDate.of(year, Month.NOVEMBER, 1)
              .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
      Observance.AS_IS),
  CHRISTMAS_DAY(
      "Christmas Day", year -> LocalDate.of(year, Month.DECEMBER, 25), Observance.NEAREST_WEEKDAY);

  /** How a holiday whose date falls on a weekend is observed. */
  private enum Observance {
    /** The rule always gives a weekday. */
    AS_IS,
    /** Saturday moves to the Friday before, Sunday to the Monday after (Rule 7.2). */
    NEAREST_WEEKDAY,
    /**
     * Sunday moves to Monday; Saturday is not observed at all, because the Friday before ends a
     * monthly and yearly accounting period (the exception Rule 7.2 allows; e.g. no holiday for
     * 2022-01-01 and 2028-01-01).
     */
    NOT_ON_SATURDAY
  }

  private final String displayName;
  private final IntFunction<LocalDate> rule;
  private final Observance observance;

  NyseHoliday(String displayName, IntFunction<LocalDate> rule, Observance observance) {
    this.displayName = displayName;
    this.rule = rule;
    this.observance = observance;
  }

  /** The name the NYSE calendar uses, e.g. {@code Washington's Birthday}. */
  public String displayName() {
    return displayName;
  }

  /**
   * The weekday the exchange is closed for this holiday in {@code year}, or empty when it is not
   * observed that year. (Under today's rules the observed day always lies in {@code year}.)
   */
  public Optional<LocalDate> observedIn(int year) {
    LocalDate date = rule.apply(year);
    if (date == null) {
      return Optional.empty();
    }
    return switch (date.getDayOfWeek()) {
      case SATURDAY ->
          observance == Observance.NOT_ON_SATURDAY
              ? Optional.empty()
              : Optional.of(date.minusDays(1));
      case SUNDAY -> Optional.of(date.plusDays(1));
      default -> Optional.of(date);
    };
  }

  /** Whether the observed day differs from the nominal date (the calendar says "observed"). */
  boolean isShifted(int year) {
    LocalDate date = rule.apply(year);
    return date != null && observedIn(year).filter(day -> !day.equals(date)).isPresent();
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }
}
