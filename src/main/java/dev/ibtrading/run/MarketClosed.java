package dev.ibtrading.run;

import dev.ibtrading.outcome.Problem;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.Instant;
import java.time.LocalDate;

/** The {@code market-closed} problem of a run on a day without an NYSE session. */
public final class MarketClosed {
  static final String CODE = "market-closed";

  private MarketClosed() {}

  /** The New York date of {@code now}, the day every intent's calendar checks are about. */
  public static LocalDate today(Instant now) {
    return now.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
  }

  /** Null on a trading day, else the problem naming the day and why it has no session. */
  public static Problem on(ExchangeCalendar calendar, LocalDate day) {
    if (calendar.isTradingDay(day)) {
      return null;
    }
    return new Problem(
        CODE, "no trading session on " + day + ": " + calendar.closureReason(day).orElse(""));
  }
}
