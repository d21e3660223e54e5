package dev.ibtrading.replay.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The underwater curve of a value series and its worst and longest drawdowns. The running peak
 * starts at the first point (the start value), as quantstats' {@code to_drawdown_series} starts
 * from a baseline before the first return.
 *
 * @param underwater at each point, value / running peak - 1 (0 at a new peak, negative below it)
 * @param maxDrawdown the largest fall from a running peak, as a positive fraction of that peak
 * @param longestDays the longest drawdown in calendar days: from the peak's date to the first later
 *     point at or above the peak, or to the last point when it was never regained; 0 when the
 *     series never fell
 * @param longestPeak the date of the peak the longest drawdown started from; null if none
 * @param longestEnd the date it ended (regained, or the last point); null if none
 * @param longestRecovered whether the longest drawdown was regained by the last point
 */
public record Drawdowns(
    List<ValuePoint> underwater,
    double maxDrawdown,
    long longestDays,
    LocalDate longestPeak,
    LocalDate longestEnd,
    boolean longestRecovered) {

  /** Of {@code series} in date order, its first point the start. */
  public static Drawdowns of(List<ValuePoint> series) {
    List<ValuePoint> underwater = new ArrayList<>(series.size());
    double maxDrawdown = 0;
    double peak = Double.NEGATIVE_INFINITY;
    LocalDate peakDate = null;
    boolean below = false;
    long longest = 0;
    LocalDate longestPeak = null;
    LocalDate longestEnd = null;
    boolean longestRecovered = false;
    for (ValuePoint point : series) {
      if (point.value() >= peak) {
        if (below) {
          long days = ChronoUnit.DAYS.between(peakDate, point.date());
          if (days > longest) {
            longest = days;
            longestPeak = peakDate;
            longestEnd = point.date();
            longestRecovered = true;
          }
          below = false;
        }
        peak = point.value();
        peakDate = point.date();
      } else {
        below = true;
      }
      double depth = point.value() / peak - 1;
      underwater.add(new ValuePoint(point.date(), depth));
      maxDrawdown = Math.max(maxDrawdown, -depth);
    }
    if (below) {
      LocalDate last = series.get(series.size() - 1).date();
      long days = ChronoUnit.DAYS.between(peakDate, last);
      if (days > longest) {
        longest = days;
        longestPeak = peakDate;
        longestEnd = last;
        longestRecovered = false;
      }
    }
    return new Drawdowns(
        List.copyOf(underwater), maxDrawdown, longest, longestPeak, longestEnd, longestRecovered);
  }
}
