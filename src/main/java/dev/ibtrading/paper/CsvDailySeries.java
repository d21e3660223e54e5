package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Daily bars of one symbol read from a CSV file ({@link CsvBarsFile}); the file is the truth. */
final class CsvDailySeries implements DailySeries {
  private final NavigableMap<LocalDate, DailyBar> bars;

  CsvDailySeries(Map<LocalDate, DailyBar> bars) {
    this.bars = new TreeMap<>(bars);
  }

  @Override
  public Optional<DailyBar> barOn(LocalDate date) {
    return Optional.ofNullable(bars.get(date));
  }

  @Override
  public Optional<DailyBar> lastBarBefore(LocalDate date) {
    return Optional.ofNullable(bars.lowerEntry(date)).map(Map.Entry::getValue);
  }

  @Override
  public List<DailyBar> lastBars(LocalDate last, int count) {
    List<DailyBar> newestFirst = new ArrayList<>();
    for (DailyBar bar : bars.headMap(last, true).descendingMap().values()) {
      if (newestFirst.size() >= count) {
        break;
      }
      newestFirst.add(bar);
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  int size() {
    return bars.size();
  }
}
