package dev.ibtrading.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * MACD values against ta4j 0.17, an independent implementation. ta4j's {@code EMAIndicator} seeds
 * with the first value too ({@code ema(0) = x(0)}, multiplier {@code 2 / (n + 1)}), and its default
 * number type is a 32-digit decimal, so it is the exact reference our doubles are held to.
 */
class MacdTests {
  private static final double RELATIVE = 1e-9;

  @ParameterizedTest
  @ValueSource(longs = {1, 20240601, 987654321})
  void matchesTa4jOnSixHundredRandomCloses(long seed) {
    double[] closes = Closes.randomWalk(seed, 600);
    BarSeries series = series(closes);
    MACDIndicator reference = new MACDIndicator(new ClosePriceIndicator(series), 12, 26);
    EMAIndicator referenceSignal = new EMAIndicator(reference, 9);

    Macd macd = Macd.of(closes);

    assertThat(macd.size()).isEqualTo(600);
    for (int i = 0; i < closes.length; i++) {
      assertClose(macd.line(i), reference.getValue(i).doubleValue(), "MACD", i);
      assertClose(macd.signal(i), referenceSignal.getValue(i).doubleValue(), "signal", i);
    }
  }

  @Test
  void emaMatchesTa4j() {
    double[] closes = Closes.randomWalk(7, 500);
    EMAIndicator reference = new EMAIndicator(new ClosePriceIndicator(series(closes)), 26);
    double[] ema = Ema.of(closes, 26);
    for (int i = 0; i < closes.length; i++) {
      double expected = reference.getValue(i).doubleValue();
      assertThat(ema[i]).as("EMA at %d", i).isCloseTo(expected, within(RELATIVE * expected));
    }
  }

  @Test
  void startsAtZeroAndStaysThereOnAFlatSeries() {
    Macd macd = Macd.of(Closes.linear(100, 0, 40));
    for (int i = 0; i < macd.size(); i++) {
      assertThat(macd.line(i)).isZero();
      assertThat(macd.signal(i)).isZero();
    }
  }

  @Test
  void aSteadyRiseKeepsTheMacdPositiveAndAboveItsSignal() {
    // Each EMA lags a linear trend by (period - 1) / 2 bars, so the MACD tends to 7 x slope.
    Macd macd = Macd.of(Closes.linear(100, 0.5, 300));
    int last = macd.size() - 1;
    assertThat(macd.line(last)).isCloseTo(3.5, within(1e-6));
    for (int i = 1; i <= last; i++) {
      assertThat(macd.histogram(i)).as("histogram at %d", i).isPositive();
    }
  }

  @Test
  void aSteadyFallKeepsTheMacdNegativeAndBelowItsSignal() {
    Macd macd = Macd.of(Closes.linear(200, -0.5, 300));
    for (int i = 1; i < macd.size(); i++) {
      assertThat(macd.line(i)).isNegative();
      assertThat(macd.histogram(i)).isNegative();
    }
  }

  /** Relative to the value; the first bar, where both lines are exactly 0, must match exactly. */
  private static void assertClose(double actual, double expected, String what, int index) {
    assertThat(actual)
        .as("%s at %d", what, index)
        .isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }

  private static BarSeries series(double[] closes) {
    BarSeries series = new BaseBarSeriesBuilder().withName("closes").build();
    ZonedDateTime time = ZonedDateTime.of(2020, 1, 2, 16, 0, 0, 0, ZoneId.of("America/New_York"));
    for (int i = 0; i < closes.length; i++) {
      series.addBar(time.plusDays(i), closes[i], closes[i], closes[i], closes[i], 0);
    }
    return series;
  }
}
