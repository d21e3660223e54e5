package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeCalendarTests {
  private final ExchangeCalendar calendar = ExchangeCalendar.nyse();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Instant newYork(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ExchangeCalendar.NEW_YORK)
        .toInstant();
  }

  @Nested
  class WeekendsAndObservedHolidays {
    @ParameterizedTest
    @CsvSource({"2024-06-01, Saturday", "2024-06-02, Sunday"})
    void weekendsAreClosed(LocalDate day, String reason) {
      assertThat(calendar.isTradingDay(day)).isFalse();
      assertThat(calendar.closureReason(day)).contains(reason);
    }

    @Test
    void newYearsDayOnASaturdayIsNotObservedOnTheFridayBefore() {
      // 2022-01-01 and 2028-01-01 are Saturdays: December 31 trades a full session.
      assertThat(calendar.isTradingDay(date("2021-12-31"))).isTrue();
      assertThat(calendar.isTradingDay(date("2027-12-31"))).isTrue();
      assertThat(calendar.sessionClose(date("2027-12-31")).toLocalTime())
          .isEqualTo(ExchangeCalendar.CLOSE);
      assertThat(calendar.isTradingDay(date("2022-01-03"))).isTrue();
    }

    @Test
    void newYearsDayOnASundayIsObservedOnMonday() {
      assertThat(calendar.isTradingDay(date("2023-01-02"))).isFalse();
      assertThat(calendar.isTradingDay(date("2022-12-30"))).isTrue();
    }

    @Test
    void saturdayHolidaysMoveToFriday() {
      assertThat(calendar.closureReason(date("2021-12-24"))).contains("Christmas Day (observed)");
      assertThat(calendar.closureReason(date("2020-07-03")))
          .contains("Independence Day (observed)");
      assertThat(calendar.closureReason(date("2027-06-18")))
          .contains("Juneteenth National Independence Day (observed)");
    }

    @Test
    void sundayHolidaysMoveToMonday() {
      assertThat(calendar.isTradingDay(date("2022-06-20"))).isFalse();
      assertThat(calendar.isTradingDay(date("2021-07-05"))).isFalse();
      assertThat(calendar.isTradingDay(date("2022-12-26"))).isFalse();
    }

    @Test
    void juneteenthIsAHolidayOnlyFrom2022() {
      assertThat(calendar.isTradingDay(date("2021-06-18"))).isTrue();
      assertThat(calendar.isTradingDay(date("2020-06-19"))).isTrue();
      assertThat(calendar.isTradingDay(date("2023-06-19"))).isFalse();
    }

    @Test
    void unscheduledClosuresAreAddedOnTopOfTheRules() {
      LocalDate mourning = date("2025-01-09");
      assertThat(calendar.isTradingDay(mourning)).isTrue();

      ExchangeCalendar withClosure =
          ExchangeCalendar.nyse(
              List.of(new ExtraClosedDay(mourning, "National Day of Mourning")), List.of());

      assertThat(withClosure.closureReason(mourning)).contains("National Day of Mourning");
      assertThat(withClosure.isTradingDay(mourning)).isFalse();
      assertThat(withClosure.previousTradingDay(date("2025-01-10"))).isEqualTo(date("2025-01-08"));
      assertThat(withClosure.nextTradingDay(date("2025-01-08"))).isEqualTo(date("2025-01-10"));
    }
  }

  @Nested
  class EarlyCloses {
    @Test
    void julyThirdIsAHalfDayOnlyWhenItTrades() {
      assertThat(calendar.earlyClose(date("2023-07-03")))
          .contains(EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY);
      assertThat(calendar.earlyClose(date("2028-07-03")))
          .contains(EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY);
      // July 4 on a Saturday: July 3 is the holiday, July 2 a full day.
      assertThat(calendar.earlyClose(date("2026-07-03"))).isEmpty();
      assertThat(calendar.earlyClose(date("2026-07-02"))).isEmpty();
      // July 4 on a Sunday: the Friday before is a full day.
      assertThat(calendar.earlyClose(date("2027-07-02"))).isEmpty();
    }

    @Test
    void christmasEveIsAHalfDayOnlyWhenItTrades() {
      assertThat(calendar.earlyClose(date("2018-12-24"))).contains(EarlyClose.CHRISTMAS_EVE);
      assertThat(calendar.earlyClose(date("2027-12-24"))).isEmpty();
      assertThat(calendar.isTradingDay(date("2027-12-24"))).isFalse();
      assertThat(calendar.earlyClose(date("2027-12-23"))).isEmpty();
    }

    @Test
    void dayAfterThanksgivingIsAHalfDay() {
      assertThat(calendar.earlyClose(date("2024-11-29")))
          .contains(EarlyClose.DAY_AFTER_THANKSGIVING);
      assertThat(calendar.earlyClose(date("2024-11-22"))).isEmpty();
    }
  }

  @Nested
  class Sessions {
    @Test
    void sessionsAreInNewYorkTimeAcrossDaylightSaving() {
      // 2024-03-10 starts daylight saving time: EST (UTC-5) before, EDT (UTC-4) after.
      assertThat(calendar.sessionOpen(date("2024-03-08")).toInstant())
          .isEqualTo(Instant.parse("2024-03-08T14:30:00Z"));
      assertThat(calendar.sessionOpen(date("2024-03-11")).toInstant())
          .isEqualTo(Instant.parse("2024-03-11T13:30:00Z"));
      assertThat(calendar.sessionClose(date("2024-03-11")).toInstant())
          .isEqualTo(Instant.parse("2024-03-11T20:00:00Z"));
      assertThat(calendar.sessionClose(date("2024-12-24")).toInstant())
          .isEqualTo(Instant.parse("2024-12-24T18:00:00Z"));
      assertThat(calendar.sessionOpen(date("2024-03-11")).getZone())
          .isEqualTo(ExchangeCalendar.NEW_YORK);
    }

    @Test
    void noSessionOnAClosedDay() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.sessionOpen(date("2025-12-25")))
          .withMessage("no session on 2025-12-25: Christmas Day (expected: a trading day)");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> calendar.sessionClose(date("2025-12-27")))
          .withMessageContaining("Saturday");
    }

    @ParameterizedTest
    @CsvSource({
      "2024-07-02T09:29:59, false",
      "2024-07-02T09:30:00, true",
      "2024-07-02T15:59:59, true",
      "2024-07-02T16:00:00, false",
      "2024-07-03T12:59:59, true",
      "2024-07-03T13:00:00, false",
      "2024-07-04T11:00:00, false",
      "2024-07-06T11:00:00, false"
    })
    void isOpenBetweenOpenInclusiveAndCloseExclusive(String newYorkTime, boolean open) {
      assertThat(calendar.isOpen(newYork(newYorkTime))).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource({
      "2024-07-02T15:59:59, 2024-07-01",
      "2024-07-02T16:00:00, 2024-07-02",
      "2024-07-03T13:00:00, 2024-07-03",
      "2024-07-04T20:00:00, 2024-07-03",
      "2024-07-08T09:30:00, 2024-07-05",
      "2025-01-01T17:00:00, 2024-12-31"
    })
    void lastCompletedSessionCountsTheDayOnlyAfterItsClose(String newYorkTime, LocalDate session) {
      assertThat(calendar.lastCompletedSession(newYork(newYorkTime))).isEqualTo(session);
    }
  }

  @Nested
  class Stepping {
    @ParameterizedTest
    @CsvSource({
      "2024-11-27, 2024-11-29",
      "2024-12-31, 2025-01-02",
      "2027-12-23, 2027-12-27",
      "2026-07-02, 2026-07-06",
      "2025-04-17, 2025-04-21",
      "2024-06-07, 2024-06-10"
    })
    void nextTradingDaySkipsWeekendsAndHolidays(LocalDate from, LocalDate next) {
      assertThat(calendar.nextTradingDay(from)).isEqualTo(next);
      assertThat(calendar.previousTradingDay(next)).isEqualTo(from);
    }

    @Test
    void steppingIsStrictEvenFromATradingDay() {
      assertThat(calendar.nextTradingDay(date("2024-07-01"))).isEqualTo(date("2024-07-02"));
      assertThat(calendar.previousTradingDay(date("2024-07-02"))).isEqualTo(date("2024-07-01"));
      assertThat(calendar.previousTradingDay(date("2024-07-06"))).isEqualTo(date("2024-07-05"));
    }
  }
}
