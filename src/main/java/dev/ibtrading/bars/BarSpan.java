package dev.ibtrading.bars;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One request's worth of days, {@code first} to {@code last} inclusive (New York dates).
 *
 * @param first the span's first day
 * @param last the span's last day, not before {@code first}
 */
record BarSpan(LocalDate first, LocalDate last) {
  BarSpan {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("span " + first + ".." + last + " ends before it starts");
    }
  }

  long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * {@code from..to} cut into consecutive spans of at most {@code maxDays} calendar days, oldest
   * first, the last one possibly shorter: one request each.
   */
  static List<BarSpan> chunks(LocalDate from, LocalDate to, int maxDays) {
    if (maxDays < 1) {
      throw new IllegalArgumentException("days per request: " + maxDays + " (expected: >= 1)");
    }
    List<BarSpan> spans = new ArrayList<>();
    for (LocalDate first = from; !first.isAfter(to); first = first.plusDays(maxDays)) {
      LocalDate last = first.plusDays(maxDays - 1L);
      spans.add(new BarSpan(first, last.isAfter(to) ? to : last));
    }
    return spans;
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
