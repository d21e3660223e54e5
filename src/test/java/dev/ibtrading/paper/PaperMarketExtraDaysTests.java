package dev.ibtrading.paper;

import static dev.ibtrading.paper.PaperMarketTests.ny;
import static dev.ibtrading.paper.TestGatewayConfigs.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.schedule.ExtraClosedDay;
import dev.ibtrading.schedule.ExtraEarlyClose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper market keeps the configured extra closed days and early closes of its calendar. */
class PaperMarketExtraDaysTests {
  private static final LocalDate MOURNING = LocalDate.of(2025, 1, 9);
  private static final LocalDate FRIDAY = LocalDate.of(2025, 1, 10);
  private static final ExchangeCalendar WITH_EXTRAS =
      ExchangeCalendar.nyse(
          List.of(new ExtraClosedDay(MOURNING, "National Day of Mourning")),
          List.of(new ExtraEarlyClose(FRIDAY, LocalTime.of(14, 0), "Announced half day")));

  private static PaperMarket market(ExchangeCalendar calendar, Instant now) {
    return new PaperMarket(
        config(42, null, false).toBuilder().calendar(calendar).build(), PaperClock.fixedAt(now));
  }

  @Test
  void anExtraClosedDayHasNoSessionAndNoBar() {
    assertThat(market(WITH_EXTRAS, ny("2025-01-09T11:00")).isTradingDay()).isFalse();
    assertThat(market(WITH_EXTRAS, ny("2025-01-09T11:00")).isRegularHours()).isFalse();
    assertThat(market(ExchangeCalendar.nyse(), ny("2025-01-09T11:00")).isRegularHours()).isTrue();

    List<DailyBar> bars = market(WITH_EXTRAS, ny("2025-01-10T17:00")).dailyBars("SPY", FRIDAY, 3);

    assertThat(bars)
        .extracting(DailyBar::date)
        .containsExactly(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8), FRIDAY);
  }

  @Test
  void anExtraEarlyCloseEndsTheSessionAtItsTime() {
    assertThat(market(WITH_EXTRAS, ny("2025-01-10T13:59")).isRegularHours()).isTrue();
    assertThat(market(WITH_EXTRAS, ny("2025-01-10T14:00")).isRegularHours()).isFalse();
    assertThat(market(ExchangeCalendar.nyse(), ny("2025-01-10T14:00")).isRegularHours()).isTrue();
    // After its close the price stands at the day's close, as after 16:00 on a full day.
    PaperMarket afterClose = market(WITH_EXTRAS, ny("2025-01-10T14:30"));
    DailyBar friday = afterClose.dailyBars("SPY", FRIDAY, 1).get(0);
    assertThat(friday.date()).isEqualTo(FRIDAY);
    assertThat(afterClose.lastPrice("SPY")).isEqualTo(friday.close());
  }

  @Test
  void contractDetailsShowTheExtrasInTheTradingHours() {
    String hours = PaperContracts.hours(LocalDate.of(2025, 1, 8), false, WITH_EXTRAS);

    assertThat(hours)
        .contains("20250109:CLOSED")
        .contains("20250110:0930-20250110:1400")
        .contains("20250108:0930-20250108:1600");
  }
}
