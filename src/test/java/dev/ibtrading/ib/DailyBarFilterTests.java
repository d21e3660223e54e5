package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Bar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only completed bars, at most count, none after the end date. */
class DailyBarFilterTests {
  private static final LocalDate THU = LocalDate.of(2025, 1, 2);
  private static final LocalDate FRI = LocalDate.of(2025, 1, 3);

  private static Bar bar(LocalDate date) {
    BigDecimal p = BigDecimal.TEN;
    return new Bar(date, p, p, p, p, BigDecimal.ONE);
  }

  private static final List<Bar> BARS =
      List.of(bar(FRI), bar(LocalDate.of(2024, 12, 31)), bar(THU), bar(LocalDate.of(2024, 12, 30)));

  private static List<LocalDate> dates(List<Bar> bars) {
    return bars.stream().map(Bar::date).toList();
  }

  @Test
  void todaysBarIsDroppedWhileTheSessionRuns() {
    Instant fridayOpenNy = Instant.parse("2025-01-03T14:30:00Z");
    Instant fridayJustBeforeClose = Instant.parse("2025-01-03T20:59:59Z");

    assertThat(dates(DailyBarFilter.completed(BARS, FRI, 10, fridayOpenNy)))
        .containsExactly(LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31), THU);
    assertThat(dates(DailyBarFilter.completed(BARS, FRI, 10, fridayJustBeforeClose))).endsWith(THU);
  }

  @Test
  void todaysBarIsKeptOnceTheSessionClosed() {
    Instant fridayCloseNy = Instant.parse("2025-01-03T21:00:00Z");

    assertThat(dates(DailyBarFilter.completed(BARS, FRI, 10, fridayCloseNy))).endsWith(FRI);
  }

  @Test
  void keepsTheNewestCountBarsOnOrBeforeTheEnd() {
    Instant later = Instant.parse("2025-02-01T00:00:00Z");

    assertThat(dates(DailyBarFilter.completed(BARS, THU, 2, later)))
        .containsExactly(LocalDate.of(2024, 12, 31), THU);
    assertThat(dates(DailyBarFilter.completed(BARS, FRI, 1, later))).containsExactly(FRI);
    assertThat(DailyBarFilter.completed(BARS, LocalDate.of(2024, 1, 1), 5, later)).isEmpty();
  }
}
