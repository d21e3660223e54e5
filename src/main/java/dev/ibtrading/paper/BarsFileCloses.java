package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One symbol's daily opens and closes from a bars file of the paper gateway's format ({@link
 * CsvBarsFile}), for what compares itself with the paper market: the replay's buy-and-hold
 * benchmark.
 */
public final class BarsFileCloses {
  private BarsFileCloses() {}

  /** A day's open and close. */
  public record OpenClose(double open, double close) {}

  /**
   * @return the symbol's bars by date; empty when the file has none of it
   * @throws IllegalArgumentException for a bad file, naming file and line
   */
  public static NavigableMap<LocalDate, OpenClose> of(Path file, String symbol) {
    CsvDailySeries series = CsvBarsFile.load(file).get(symbol);
    NavigableMap<LocalDate, OpenClose> bars = new TreeMap<>();
    if (series != null) {
      for (DailyBar bar : series.lastBars(LocalDate.MAX, series.size())) {
        bars.put(bar.date(), new OpenClose(bar.open(), bar.close()));
      }
    }
    return Collections.unmodifiableNavigableMap(bars);
  }
}
