package dev.ibtrading.paper;

import java.time.LocalDate;
import java.util.List;

/**
 * Simulated prices and market hours. PLACEHOLDER: constant prices until the market-data work lands
 * the seeded price model and CSV bars; the method contracts below are what the rest relies on.
 */
public final class PaperMarket {
  private final PaperGatewayConfig config;
  private final PaperClock clock;

  PaperMarket(PaperGatewayConfig config, PaperClock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** One completed daily bar. */
  public record DailyBar(
      LocalDate date, double open, double high, double low, double close, long volume) {}

  /** The simulated last price of a known symbol now. */
  public double lastPrice(String symbol) {
    return PaperUniverse.bySymbol(symbol).orElseThrow().startPrice();
  }

  /** The close of the last completed trading day before today (by the clock). */
  public double previousClose(String symbol) {
    return lastPrice(symbol);
  }

  /** True during regular trading hours (always, when the config says so). */
  public boolean isRegularHours() {
    return config.alwaysOpen();
  }

  /** Up to {@code count} completed daily bars ending on or before {@code end}, oldest first. */
  public List<DailyBar> dailyBars(String symbol, LocalDate end, int count) {
    double p = lastPrice(symbol);
    return List.of(new DailyBar(end, p, p, p, p, 1_000_000));
  }
}
