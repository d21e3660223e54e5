package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The daily bars of one symbol, from the price model or from a CSV file. */
interface DailySeries {
  Optional<DailyBar> barOn(LocalDate date);

  /** The latest bar strictly before {@code date}. */
  Optional<DailyBar> lastBarBefore(LocalDate date);

  /** Up to {@code count} bars dated on or before {@code last}, oldest first. */
  List<DailyBar> lastBars(LocalDate last, int count);
}
