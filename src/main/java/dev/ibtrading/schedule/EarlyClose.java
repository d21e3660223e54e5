package dev.ibtrading.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The NYSE's scheduled half days, when the regular session ends at 13:00 New York time. Each
 * applies only when its day is a trading day: Christmas Eve on a Friday is the observed Christmas
 * holiday (2027), and July 3 on a Friday is the observed Independence Day (2026). Sources as for
 * {@link NyseHoliday}: every early close NYSE Group announced for 2022-2028 follows these three
 * rules.
 */
public enum EarlyClose {
  /** July 3 when it is a trading day, i.e. when Independence Day falls on Tuesday to Friday. */
  DAY_BEFORE_INDEPENDENCE_DAY("Day before Independence Day"),
  /** The Friday after Thanksgiving Day. */
  DAY_AFTER_THANKSGIVING("Day after Thanksgiving"),
  /** December 24 when it is a trading day. */
  CHRISTMAS_EVE("Christmas Eve");

  private final String displayName;

  EarlyClose(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Whether {@code date}, known to be a trading day, is this half day. */
  boolean fallsOn(LocalDate date) {
    return switch (this) {
      case DAY_BEFORE_INDEPENDENCE_DAY ->
          date.getMonth() == Month.JULY && date.getDayOfMonth() == 3;
      case DAY_AFTER_THANKSGIVING ->
          date.getDayOfWeek() == DayOfWeek.FRIDAY
              && NyseHoliday.THANKSGIVING_DAY
                  .observedIn(date.getYear())
                  .map(thanksgiving -> thanksgiving.plusDays(1).equals(date))
                  .orElse(false);
      case CHRISTMAS_EVE -> date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24;
    };
  }
}
