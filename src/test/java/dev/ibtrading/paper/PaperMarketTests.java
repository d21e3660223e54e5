package dev.ibtrading.paper;

import static dev.ibtrading.paper.TestGatewayConfigs.config;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeded price model and the intraday path, read through {@link PaperMarket}. */
class PaperMarketTests {
  // Friday 2025-01-03, 10:00 in New York.
  static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");

  static PaperMarket market(long seed, Instant now) {
    return new PaperMarket(config(seed, null, false), PaperClock.fixedAt(now));
  }

  static Instant ny(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), ExchangeCalendar.NEW_YORK)
        .toInstant();
  }

  @Test
  void everyBarOfTwoYearsIsAPlausibleWeekdayBar() {
    PaperMarket market = market(42, FRIDAY_10_NY);
    for (PaperInstrument instrument : PaperUniverse.all()) {
      List<DailyBar> bars = market.dailyBars(instrument.symbol(), LocalDate.of(2025, 1, 3), 520);

      assertThat(bars).hasSize(520);
      for (DailyBar bar : bars) {
        assertThat(bar.low()).as("%s %s", instrument.symbol(), bar).isPositive();
        assertThat(bar.high())
            .as("%s", bar)
            .isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
        assertThat(bar.low()).as("%s", bar).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
        assertThat(bar.volume()).isPositive();
        assertThat(bar.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
      assertThat(bars).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
      // Not a constant: the closes move.
      assertThat(bars.stream().map(DailyBar::close).distinct().count()).isGreaterThan(400);
    }
  }

  @Test
  void todaysBarIsNotCompleteBeforeTheCloseAndIsAfter() {
    LocalDate friday = LocalDate.of(2025, 1, 3);

    assertThat(market(42, ny("2025-01-03T09:30")).dailyBars("SPY", friday, 3))
        .extracting(DailyBar::date)
        .containsExactly(
            LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 2));
    assertThat(market(42, ny("2025-01-03T16:00")).dailyBars("SPY", friday, 1))
        .extracting(DailyBar::date)
        .containsExactly(friday);
  }

  @Test
  void theSameSeedGivesTheSameBarsWhateverWasAskedBefore() {
    PaperMarket first = market(7, FRIDAY_10_NY);
    first.dailyBars("AAPL", LocalDate.of(2020, 1, 1), 10); // warms a shorter history first
    PaperMarket second = market(7, FRIDAY_10_NY);

    assertThat(first.dailyBars("AAPL", LocalDate.of(2024, 6, 28), 30))
        .isEqualTo(second.dailyBars("AAPL", LocalDate.of(2024, 6, 28), 30));
    assertThat(market(8, FRIDAY_10_NY).dailyBars("AAPL", LocalDate.of(2024, 6, 28), 30))
        .isNotEqualTo(second.dailyBars("AAPL", LocalDate.of(2024, 6, 28), 30));
  }

  @Test
  void thePriceMovesFromThePreviousCloseThroughTheOpenToTheClose() {
    DailyBar thursday =
        market(42, FRIDAY_10_NY).dailyBars("QQQ", LocalDate.of(2025, 1, 2), 1).get(0);
    DailyBar friday =
        market(42, ny("2025-01-03T17:00")).dailyBars("QQQ", LocalDate.of(2025, 1, 3), 1).get(0);

    assertThat(market(42, ny("2025-01-03T08:00")).lastPrice("QQQ")).isEqualTo(thursday.close());
    assertThat(market(42, ny("2025-01-03T09:30")).lastPrice("QQQ")).isEqualTo(friday.open());
    assertThat(market(42, ny("2025-01-03T16:00")).lastPrice("QQQ")).isEqualTo(friday.close());
    assertThat(market(42, ny("2025-01-04T12:00")).lastPrice("QQQ")).isEqualTo(friday.close());
    for (int minute = 0; minute <= 390; minute += 15) {
      double price = market(42, ny("2025-01-03T09:30").plusSeconds(60L * minute)).lastPrice("QQQ");
      assertThat(price).isBetween(friday.low(), friday.high());
    }
    assertThat(market(42, ny("2025-01-03T12:00")).previousClose("QQQ")).isEqualTo(thursday.close());
  }

  @Test
  void bidAndAskStraddleTheLastPriceByAtLeastATick() {
    PaperMarket market = market(42, FRIDAY_10_NY);
    for (PaperInstrument instrument : PaperUniverse.all()) {
      PaperMarket.Quote quote = market.quote(instrument.symbol());

      assertThat(quote.last()).isEqualTo(market.lastPrice(instrument.symbol()));
      assertThat(quote.bid()).isLessThanOrEqualTo(quote.last() - 0.0099);
      assertThat(quote.ask()).isGreaterThanOrEqualTo(quote.last() + 0.0099);
      assertThat(quote.ask() - quote.bid()).isLessThan(quote.last() * 0.002);
    }
  }

  @Test
  void regularHoursFollowTheClockUnlessAlwaysOpen() {
    assertThat(market(42, ny("2025-01-03T09:29")).isRegularHours()).isFalse();
    assertThat(market(42, ny("2025-01-03T09:30")).isRegularHours()).isTrue();
    assertThat(market(42, ny("2025-01-03T15:59")).isRegularHours()).isTrue();
    assertThat(market(42, ny("2025-01-03T16:00")).isRegularHours()).isFalse();
    assertThat(market(42, ny("2025-01-04T12:00")).isRegularHours()).isFalse(); // Saturday
    assertThat(
            new PaperMarket(config(42, null, true), PaperClock.fixedAt(ny("2025-01-04T12:00")))
                .isRegularHours())
        .isTrue();
  }

  @Test
  void theLastTradeOutsideTheSessionIsTheLastSessionsClose() {
    PaperMarket market = market(42, FRIDAY_10_NY);
    Instant fridayClose = ny("2025-01-03T16:00");

    assertThat(market.lastTradeAt(ny("2025-01-03T15:59"))).isEqualTo(ny("2025-01-03T15:59"));
    assertThat(market.lastTradeAt(ny("2025-01-03T17:00"))).isEqualTo(fridayClose);
    assertThat(market.lastTradeAt(ny("2025-01-04T12:00"))).isEqualTo(fridayClose); // Saturday
    assertThat(market.lastTradeAt(ny("2025-01-06T09:29"))).isEqualTo(fridayClose); // Monday
    // The day after Thanksgiving closes at 13:00.
    assertThat(market.lastTradeAt(ny("2024-11-29T14:00"))).isEqualTo(ny("2024-11-29T13:00"));
    // The price after the close is the one of that last trade.
    assertThat(market.priceAt("SPY", fridayClose))
        .isEqualTo(market.priceAt("SPY", ny("2025-01-04T12:00")));
    assertThat(
            new PaperMarket(config(42, null, true), PaperClock.fixedAt(FRIDAY_10_NY))
                .lastTradeAt(ny("2025-01-04T12:00")))
        .isEqualTo(ny("2025-01-04T12:00"));
  }

  @Test
  void weekdayArithmeticOfThePriceModelAgreesWithCountingDayByDay() {
    LocalDate from = LocalDate.of(2015, 1, 2);
    long counted = 0;
    for (LocalDate day = from; day.isBefore(LocalDate.of(2015, 4, 1)); day = day.plusDays(1)) {
      if (day.isAfter(from) && ModelDays.isWeekday(day)) {
        counted++;
      }
      if (ModelDays.isWeekday(day)) {
        assertThat(ModelDays.between(from, day)).as("%s", day).isEqualTo(counted);
      }
    }
  }
}
