package dev.ibtrading.ib;

import dev.ibtrading.broker.Bar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps what {@link dev.ibtrading.broker.Broker#dailyBars} promises: completed regular-hours bars
 * only, at most {@code count}, the newest on or before {@code end}. A gateway returns today's bar
 * while the session is still running; it is dropped until 16:00 New York time. Early closes (13:00
 * on some half days) are not known here, so such a bar is only taken after 16:00.
 */
final class DailyBarFilter {
  static final LocalTime SESSION_CLOSE = LocalTime.of(16, 0);

  private DailyBarFilter() {}

  static List<Bar> completed(List<Bar> bars, LocalDate end, int count, Instant now) {
    ZonedDateTime nowNy = now.atZone(HistoricalBarsRequest.NEW_YORK);
    LocalDate today = nowNy.toLocalDate();
    boolean todayComplete = !nowNy.toLocalTime().isBefore(SESSION_CLOSE);
    List<Bar> kept =
        bars.stream()
            .filter(bar -> !bar.date().isAfter(end))
            .filter(
                bar -> bar.date().isBefore(today) || (bar.date().equals(today) && todayComplete))
            .sorted(Comparator.comparing(Bar::date))
            .toList();
    return List.copyOf(kept.subList(Math.max(0, kept.size() - count), kept.size()));
  }
}
