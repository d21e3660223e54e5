package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar against NYSE Group's published holiday and early-closing calendars (press releases
 * of 2021-12-27 for 2024, 2024-11-08 for 2025-2027, 2025-12-23 for 2026-2028): every weekday of
 * each year is checked, so a missing or an extra closure fails.
 */
class ExchangeCalendarPublishedDatesTests {
  private final ExchangeCalendar calendar = ExchangeCalendar.nyse();

  static Stream<Arguments> publishedYears() {
    return Stream.of(
        Arguments.of(
            2024,
            List.of(
                "2024-01-01",
                "2024-01-15",
                "2024-02-19",
                "2024-03-29",
                "2024-05-27",
                "2024-06-19",
                "2024-07-04",
                "2024-09-02",
                "2024-11-28",
                "2024-12-25"),
            List.of("2024-07-03", "2024-11-29", "2024-12-24")),
        Arguments.of(
            2025,
            List.of(
                "2025-01-01",
                "2025-01-20",
                "2025-02-17",
                "2025-04-18",
                "2025-05-26",
                "2025-06-19",
                "2025-07-04",
                "2025-09-01",
                "2025-11-27",
                "2025-12-25"),
            List.of("2025-07-03", "2025-11-28", "2025-12-24")),
        Arguments.of(
            2026,
            List.of(
                "2026-01-01",
                "2026-01-19",
                "2026-02-16",
                "2026-04-03",
                "2026-05-25",
                "2026-06-19",
                "2026-07-03",
                "2026-09-07",
                "2026-11-26",
                "2026-12-25"),
            List.of("2026-11-27", "2026-12-24")),
        Arguments.of(
            2027,
            List.of(
                "2027-01-01",
                "2027-01-18",
                "2027-02-15",
                "2027-03-26",
                "2027-05-31",
                "2027-06-18",
                "2027-07-05",
                "2027-09-06",
                "2027-11-25",
                "2027-12-24"),
            List.of("2027-11-26")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedYears")
  void weekdayClosuresAreExactlyThePublishedHolidays(
      int year, List<String> holidays, List<String> earlyCloses) {
    assertThat(weekdays(year).stream().filter(day -> !calendar.isTradingDay(day)))
        .containsExactlyElementsOf(holidays.stream().map(LocalDate::parse).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedYears")
  void earlyClosesAreExactlyThePublishedOnes(
      int year, List<String> holidays, List<String> earlyCloses) {
    assertThat(weekdays(year).stream().filter(day -> calendar.earlyClose(day).isPresent()))
        .containsExactlyElementsOf(earlyCloses.stream().map(LocalDate::parse).toList());
    for (String day : earlyCloses) {
      assertThat(calendar.sessionClose(LocalDate.parse(day)).toLocalTime())
          .isEqualTo(ExchangeCalendar.EARLY_CLOSE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedYears")
  void everyOtherTradingDayClosesAtFour(int year, List<String> holidays, List<String> earlyCloses) {
    weekdays(year).stream()
        .filter(calendar::isTradingDay)
        .filter(day -> !earlyCloses.contains(day.toString()))
        .forEach(
            day ->
                assertThat(calendar.sessionClose(day).toLocalTime())
                    .as("close on %s", day)
                    .isEqualTo(ExchangeCalendar.CLOSE));
  }

  /** The names the published calendars print, "observed" where the date moved off a weekend. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("closureNames")
  void namesTheClosure(LocalDate day, String name) {
    assertThat(calendar.closureReason(day)).contains(name);
  }

  static Stream<Arguments> closureNames() {
    return Map.of(
            "2024-03-29", "Good Friday",
            "2025-01-20", "Martin Luther King, Jr. Day",
            "2025-02-17", "Washington's Birthday",
            "2026-07-03", "Independence Day (observed)",
            "2027-06-18", "Juneteenth National Independence Day (observed)",
            "2027-07-05", "Independence Day (observed)",
            "2027-12-24", "Christmas Day (observed)",
            "2022-12-26", "Christmas Day (observed)",
            "2023-01-02", "New Year's Day (observed)",
            "2024-11-28", "Thanksgiving Day")
        .entrySet()
        .stream()
        .map(entry -> Arguments.of(LocalDate.parse(entry.getKey()), entry.getValue()));
  }

  private static List<LocalDate> weekdays(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }
}
