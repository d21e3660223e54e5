package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.schedule.ExtraClosedDay;
import dev.ibtrading.schedule.ExtraEarlyClose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperOrderTimesTests {
  private static final ExchangeCalendar NYSE = ExchangeCalendar.nyse();

  @Test
  void configuredExtrasMoveTheNextOpenAndClose() {
    ExchangeCalendar withExtras =
        ExchangeCalendar.nyse(
            List.of(new ExtraClosedDay(LocalDate.parse("2025-01-09"), "Mourning")),
            List.of(
                new ExtraEarlyClose(LocalDate.parse("2025-01-10"), LocalTime.of(14, 0), "half")));
    Instant wednesdayEvening = Instant.parse("2025-01-08T23:00:00Z"); // 18:00 New York

    assertThat(PaperOrderTimes.nextOpen(withExtras, wednesdayEvening))
        .isEqualTo(Instant.parse("2025-01-10T14:30:00Z")); // Friday, not the closed Thursday
    assertThat(PaperOrderTimes.nextClose(withExtras, wednesdayEvening))
        .isEqualTo(Instant.parse("2025-01-10T19:00:00Z")); // 14:00 New York
    assertThat(PaperOrderTimes.nextOpen(NYSE, wednesdayEvening))
        .isEqualTo(Instant.parse("2025-01-09T14:30:00Z"));
  }

  @Test
  void nextCloseIsTodaysBeforeItAndTheNextWeekdaysAfter() {
    Instant fridayMorning = Instant.parse("2025-01-03T15:00:00Z"); // 10:00 New York
    Instant fridayEvening = Instant.parse("2025-01-03T23:00:00Z"); // 18:00 New York

    assertThat(PaperOrderTimes.nextClose(NYSE, fridayMorning))
        .isEqualTo(Instant.parse("2025-01-03T21:00:00Z"));
    assertThat(PaperOrderTimes.nextClose(NYSE, fridayEvening))
        .isEqualTo(Instant.parse("2025-01-06T21:00:00Z")); // Monday
  }

  @Test
  void nextOpenAndCloseKeepNyseHolidaysAndEarlyCloses() {
    Instant christmasEve = Instant.parse("2025-12-24T15:00:00Z"); // 10:00 New York, half day

    assertThat(PaperOrderTimes.nextClose(NYSE, christmasEve))
        .isEqualTo(Instant.parse("2025-12-24T18:00:00Z")); // 13:00 New York
    assertThat(PaperOrderTimes.nextOpen(NYSE, christmasEve))
        .isEqualTo(Instant.parse("2025-12-26T14:30:00Z")); // not on Christmas Day
  }

  @Test
  void theDashFormIsUtcAsRealGatewaysReadIt() {
    // IB's API takes yyyyMMdd-HH:mm:ss as UTC (see ib.ExecutionTime); 12:00 UTC is 07:00 in NY.
    assertThat(PaperOrderTimes.parseIbTime("20250103-12:00:00"))
        .isEqualTo(Instant.parse("2025-01-03T12:00:00Z"));
  }

  @Test
  void followsDaylightSavingTime() {
    Instant julyNight = Instant.parse("2025-07-01T03:00:00Z"); // 23:00 New York, EDT

    assertThat(PaperOrderTimes.nextOpen(NYSE, julyNight))
        .isEqualTo(Instant.parse("2025-07-01T13:30:00Z"));
  }

  @Test
  void readsIbTimesWithOrWithoutZone() {
    assertThat(PaperOrderTimes.parseIbTime("20250103 12:00:00 US/Eastern"))
        .isEqualTo(Instant.parse("2025-01-03T17:00:00Z"));
    assertThat(PaperOrderTimes.parseIbTime("20250103 12:00:00"))
        .isEqualTo(Instant.parse("2025-01-03T17:00:00Z"));
    assertThat(PaperOrderTimes.parseIbTime("20250103 17:00:00 UTC"))
        .isEqualTo(Instant.parse("2025-01-03T17:00:00Z"));
    assertThat(PaperOrderTimes.parseIbTime("tomorrow")).isNull();
    assertThat(PaperOrderTimes.ibTime(Instant.parse("2025-01-03T17:00:00Z")))
        .isEqualTo("20250103 12:00:00 US/Eastern");
  }
}
