package dev.ibtrading.strategy;

import dev.ibtrading.broker.Bar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Close-price series for indicator and strategy tests, and bars on consecutive weekdays. */
final class Closes {
  private Closes() {}

  /**
   * A reproducible random walk of {@code count} closes, in cents, from 100 with about 1% daily
   * moves.
   */
  static double[] randomWalk(long seed, int count) {
    Random random = new Random(seed);
    double[] closes = new double[count];
    double price = 100;
    for (int i = 0; i < count; i++) {
      price *= StrictMath.exp(0.01 * random.nextGaussian());
      closes[i] = BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
    return closes;
  }

  /** {@code count} closes moving by {@code step} a day from {@code start}. */
  static double[] linear(double start, double step, int count) {
    double[] closes = new double[count];
    for (int i = 0; i < count; i++) {
      closes[i] = start + step * i;
    }
    return closes;
  }

  /** {@code first} followed by {@code second}. */
  static double[] concat(double[] first, double[] second) {
    double[] all = new double[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  /** Daily bars with these closes on consecutive weekdays, the last one dated {@code lastDate}. */
  static List<Bar> bars(double[] closes, LocalDate lastDate) {
    List<LocalDate> dates = new ArrayList<>();
    LocalDate date = lastDate;
    while (dates.size() < closes.length) {
      if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(0, date);
      }
      date = date.minusDays(1);
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      BigDecimal close = BigDecimal.valueOf(closes[i]);
      bars.add(new Bar(dates.get(i), close, close, close, close, BigDecimal.valueOf(1_000_000)));
    }
    return bars;
  }
}
