package dev.ibtrading.replay.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Returns by calendar month and year: the last close of the month (year) over the last close before
 * it, or over the start value for the first one, minus 1.
 *
 * @param months each month with a close, in order
 * @param years each year with a close, in order
 */
public record MonthlyReturns(Map<YearMonth, Double> months, Map<Integer, Double> years) {

  /** Of {@code curve}: the start value, then each close. */
  public static MonthlyReturns of(List<ValuePoint> curve) {
    Map<YearMonth, Double> lastOfMonth = new TreeMap<>();
    Map<Integer, Double> lastOfYear = new TreeMap<>();
    for (ValuePoint close : curve.subList(1, curve.size())) {
      lastOfMonth.put(YearMonth.from(close.date()), close.value());
      lastOfYear.put(close.date().getYear(), close.value());
    }
    return new MonthlyReturns(
        changes(lastOfMonth, curve.get(0).value()), changes(lastOfYear, curve.get(0).value()));
  }

  private static <K> Map<K, Double> changes(Map<K, Double> lastValues, double start) {
    Map<K, Double> changes = new LinkedHashMap<>();
    double before = start;
    for (Map.Entry<K, Double> entry : lastValues.entrySet()) {
      changes.put(entry.getKey(), entry.getValue() / before - 1);
      before = entry.getValue();
    }
    return changes;
  }
}
