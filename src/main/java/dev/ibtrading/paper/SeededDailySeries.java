package dev.ibtrading.paper;

import dev.ibtrading.paper.PaperMarket.DailyBar;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The price model's daily bars of one instrument: deterministic for a seed, so every run and every
 * test sees the same market.
 *
 * <p>Closes start at the instrument's {@code startPrice} on the anchor date (the first bar's
 * previous close) and follow log-normal daily returns with the instrument's annual volatility. A
 * weak pull of the log price back to the start level (half-life about 1.4 years) keeps a decade of
 * simulated prices near realistic levels instead of drifting to pennies or millions. Open, high,
 * low and volume come from further draws of the same day. Draws depend only on (seed, symbol,
 * weekday number: {@link ModelDays}), never on the order of queries. There are no bars before the
 * anchor, and none on NYSE holidays: the walk steps over them unseen.
 */
final class SeededDailySeries implements DailySeries {
  static final LocalDate ANCHOR = LocalDate.of(2015, 1, 2);
  private static final double DT = 1.0 / 252;
  private static final double REVERSION_PER_YEAR = 0.5;
  private static final long CLOSE_STREAM = 0x5DEECE66DL;
  private static final long SHAPE_STREAM = 0x2545F4914F6CDD1DL;

  private final PaperInstrument instrument;
  private final long seed;
  private final ExchangeCalendar calendar;
  private final double dailyVolatility;
  private final double startLog;
  private double[] logCloses = new double[0];

  SeededDailySeries(PaperInstrument instrument, long seed, ExchangeCalendar calendar) {
    this.instrument = instrument;
    this.seed = seed;
    this.calendar = calendar;
    this.dailyVolatility = instrument.annualVolatility() * Math.sqrt(DT);
    this.startLog = Math.log(instrument.startPrice());
  }

  @Override
  public Optional<DailyBar> barOn(LocalDate date) {
    if (date.isBefore(ANCHOR) || !calendar.isTradingDay(date)) {
      return Optional.empty();
    }
    return Optional.of(bar(ModelDays.between(ANCHOR, date), date));
  }

  @Override
  public Optional<DailyBar> lastBarBefore(LocalDate date) {
    return barOn(calendar.previousTradingDay(date));
  }

  @Override
  public List<DailyBar> lastBars(LocalDate last, int count) {
    List<DailyBar> bars = new ArrayList<>(Math.max(0, Math.min(count, 4096)));
    LocalDate day = calendar.isTradingDay(last) ? last : calendar.previousTradingDay(last);
    while (bars.size() < count && !day.isBefore(ANCHOR)) {
      bars.add(bar(ModelDays.between(ANCHOR, day), day));
      day = calendar.previousTradingDay(day);
    }
    Collections.reverse(bars);
    return bars;
  }

  private DailyBar bar(long n, LocalDate date) {
    double previousClose = n == 0 ? instrument.startPrice() : Math.exp(logClose(n - 1));
    double close = Math.exp(logClose(n));
    SplittableRandom draws = random(n, SHAPE_STREAM);
    double open = previousClose * Math.exp(0.3 * dailyVolatility * gaussian(draws));
    double high =
        Math.max(open, close) * Math.exp(dailyVolatility * (0.2 + 0.6 * draws.nextDouble()));
    double low =
        Math.min(open, close) * Math.exp(-dailyVolatility * (0.2 + 0.6 * draws.nextDouble()));
    long volume = Math.round(volumeLevel() * Math.exp(0.35 * gaussian(draws)));
    double roundedOpen = Prices.roundToCent(open);
    double roundedClose = Prices.roundToCent(close);
    return new DailyBar(
        date,
        roundedOpen,
        Math.max(Prices.ceilToCent(high), Math.max(roundedOpen, roundedClose)),
        Math.max(0.01, Math.min(Prices.floorToCent(low), Math.min(roundedOpen, roundedClose))),
        roundedClose,
        volume);
  }

  /** The log close of trading day {@code n} after the anchor, computed once and kept. */
  private synchronized double logClose(long n) {
    if (n > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("trading day " + n + " after " + ANCHOR + " (too far)");
    }
    if (n >= logCloses.length) {
      int from = logCloses.length;
      logCloses = Arrays.copyOf(logCloses, (int) Math.max(n + 1, from * 2L));
      for (int i = from; i < logCloses.length; i++) {
        double previous = i == 0 ? startLog : logCloses[i - 1];
        double pull = -REVERSION_PER_YEAR * (previous - startLog) * DT;
        logCloses[i] = previous + pull + dailyVolatility * gaussian(random(i, CLOSE_STREAM));
      }
    }
    return logCloses[(int) n];
  }

  private double volumeLevel() {
    // A stable per-symbol level between 1 and 20 million shares a day.
    return 1_000_000.0 * (1 + Math.floorMod(instrument.symbol().hashCode(), 20));
  }

  private SplittableRandom random(long day, long stream) {
    long symbol = instrument.symbol().hashCode();
    return new SplittableRandom(
        seed * 0x9E3779B97F4A7C15L
            ^ symbol * 0xC2B2AE3D27D4EB4FL
            ^ day * 0x165667B19E3779F9L
            ^ stream);
  }

  /** A standard normal draw (Box-Muller), spelled out so results do not depend on the JDK. */
  static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
