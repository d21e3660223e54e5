package dev.ibtrading.paper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days of the seeded price model: every weekday, holidays included. The model walks one step a
 * weekday so that a price once seen stays the same whatever calendar is applied on top; the market
 * publishes only the bars of NYSE trading days ({@link PaperMarket#calendar()}), so on a holiday
 * the walk goes on unseen and the next session opens where it has gone.
 */
final class ModelDays {
  private ModelDays() {}

  static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * How many weekdays lie after {@code from} up to and including {@code to}: 0 for the same day,
   * negative when {@code to} is earlier. Both must be weekdays.
   */
  static long between(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    long weeks = Math.floorDiv(days, 7);
    long count = weeks * 5;
    LocalDate day = from.plusWeeks(weeks);
    while (day.isBefore(to)) {
      day = day.plusDays(1);
      if (isWeekday(day)) {
        count++;
      }
    }
    return count;
  }
}
