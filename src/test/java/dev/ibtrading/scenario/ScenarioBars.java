package dev.ibtrading.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/**
 * The scenarios' daily bars ({@code src/test/resources/scenario/bars.csv}) and the MACD state they
 * give, computed here with ta4j, independently of the worker.
 *
 * <p>The file holds NYSE sessions of SPY, VIXY and AAPL from 2024-05-01 to 2025-03-31. SPY rises
 * through 2024-12-31 (the last 25 sessions faster) and falls from 2025-01-02 (the last 20 sessions
 * faster), with a small wave on top: a run on 2025-01-02 sees MACD above its signal (bullish), one
 * on 2025-04-01 below (bearish). VIXY and AAPL wave around 21.5 and 205. The gateway's price of a
 * symbol today is its last close in the file, so prices stand still during a test.
 */
final class ScenarioBars {
  static final String RESOURCE = "/scenario/bars.csv";
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** One completed bar of the file. */
  record Row(String symbol, LocalDate date, double close) {}

  /** The MACD (12/26/9, EMAs seeded with the first close) of SPY's last {@code barsUsed} closes. */
  record MacdState(
      double macd, double signal, int barsUsed, LocalDate firstDate, LocalDate lastDate) {
    boolean bullish() {
      return macd > signal;
    }
  }

  private ScenarioBars() {}

  static List<Row> rows() {
    try (InputStream in = ScenarioBars.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + RESOURCE + " not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split(","))
          .map(f -> new Row(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[5])))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SPY's MACD for a run as of {@code asOf} before the close: over the last {@code window} SPY bars
   * dated before {@code asOf}.
   */
  static MacdState spyMacdAsOf(LocalDate asOf, int window) {
    List<Row> spy =
        rows().stream().filter(r -> r.symbol().equals("SPY") && r.date().isBefore(asOf)).toList();
    List<Row> used = spy.subList(Math.max(0, spy.size() - window), spy.size());
    BarSeries series = new BaseBarSeriesBuilder().withName("SPY").build();
    for (Row row : used) {
      series.addBar(
          row.date().atTime(16, 0).atZone(NEW_YORK),
          row.close(),
          row.close(),
          row.close(),
          row.close(),
          0);
    }
    MACDIndicator macd = new MACDIndicator(new ClosePriceIndicator(series), 12, 26);
    EMAIndicator signal = new EMAIndicator(macd, 9);
    int last = series.getEndIndex();
    return new MacdState(
        macd.getValue(last).doubleValue(),
        signal.getValue(last).doubleValue(),
        used.size(),
        used.get(0).date(),
        used.get(used.size() - 1).date());
  }
}
