package dev.ibtrading.paper;

import dev.ibtrading.ib.FxPair;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated prices and market hours, read by every part of the paper gateway.
 *
 * <p>Each universe symbol has a series of daily bars: the seeded price model ({@link
 * SeededDailySeries}) or, for symbols in the optional bars CSV ({@link CsvBarsFile}), the file's
 * bars. Within a day the price stands at the previous close before 09:30 New York time, moves from
 * the day's open to its close over the regular session (inside the bar's high and low), and stands
 * at the close after 16:00, or 13:00 on an early close. The market keeps NYSE's calendar, the
 * project's {@link ExchangeCalendar} (with the configured extras): no session, no bar and no fills
 * on a holiday, the price standing at the last close until the next trading day opens. Everything
 * reads the {@link PaperClock}, so a fixed clock gives fixed prices.
 */
public final class PaperMarket {
  private static final Logger log = LoggerFactory.getLogger(PaperMarket.class);

  private final PaperGatewayConfig config;
  private final PaperClock clock;
  private final ExchangeCalendar calendar;
  private final Map<String, DailySeries> series = new HashMap<>();
  private final Map<String, Double> pinned = new ConcurrentHashMap<>();
  private final PaperFx fx;
  private volatile boolean fxClosed;

  /**
   * @throws IllegalArgumentException if the configured bars file has a bad row
   */
  PaperMarket(PaperGatewayConfig config, PaperClock clock) {
    this.config = config;
    this.clock = clock;
    this.calendar = config.calendar();
    this.fx = new PaperFx(config.seed());
    Map<String, CsvDailySeries> csv =
        config.barsFile() == null ? Map.of() : CsvBarsFile.load(config.barsFile());
    for (PaperInstrument instrument : PaperUniverse.all()) {
      DailySeries fromFile = csv.get(instrument.symbol());
      series.put(
          instrument.symbol(),
          fromFile != null ? fromFile : new SeededDailySeries(instrument, config.seed(), calendar));
    }
    if (!csv.isEmpty()) {
      log.info("Paper market reads daily bars of {} from {}", csv.keySet(), config.barsFile());
    }
  }

  /** One completed daily bar. */
  public record DailyBar(
      LocalDate date, double open, double high, double low, double close, long volume) {}

  /** Bid, ask and last at one moment. */
  public record Quote(double bid, double ask, double last) {}

  /**
   * The exchange calendar the market keeps ({@link PaperGatewayConfig#calendar()}): NYSE's rules
   * and any configured extra closed days and early closes.
   */
  ExchangeCalendar calendar() {
    return calendar;
  }

  /** Now, by the market's clock. */
  Instant now() {
    return clock.now();
  }

  /** The simulated last price of a known symbol now. */
  public double lastPrice(String symbol) {
    return priceAt(symbol, clock.now());
  }

  /** The close of the last completed trading day before today (by the clock). */
  public double previousClose(String symbol) {
    return closeBefore(symbol, clock.now().atZone(ExchangeCalendar.NEW_YORK).toLocalDate());
  }

  /**
   * True on an NYSE trading day by the clock (always, when the config says so): on weekends and
   * holidays nothing trades, not even outside regular hours.
   */
  public boolean isTradingDay() {
    return config.alwaysOpen()
        || calendar.isTradingDay(clock.now().atZone(ExchangeCalendar.NEW_YORK).toLocalDate());
  }

  /** True during regular trading hours (always, when the config says so). */
  public boolean isRegularHours() {
    return config.alwaysOpen() || calendar.isOpen(clock.now());
  }

  /** Up to {@code count} completed daily bars ending on or before {@code end}, oldest first. */
  public List<DailyBar> dailyBars(String symbol, LocalDate end, int count) {
    LocalDate completed = calendar.lastCompletedSession(clock.now());
    // A bars file could hold a row on a holiday; a real gateway has no bar for it.
    return series(symbol).lastBars(end.isBefore(completed) ? end : completed, count).stream()
        .filter(bar -> calendar.isTradingDay(bar.date()))
        .toList();
  }

  /**
   * What one unit of {@code from} is worth in {@code to} today (by the clock), at the FX model's
   * midpoint ({@link PaperFx}): the rate the account's values are converted at.
   */
  public BigDecimal fxRate(String from, String to) {
    return fx.rate(from, to, clock.now().atZone(ExchangeCalendar.NEW_YORK).toLocalDate());
  }

  /**
   * A pair's quote at {@code instant}: bid and ask half a pip around the day's midpoint, no last
   * trade; empty while IDEALPRO is closed (unless the market is always open).
   */
  Optional<Quote> fxQuote(FxPair pair, Instant instant) {
    if (fxClosed || (!config.alwaysOpen() && !PaperFx.isOpen(instant))) {
      return Optional.empty();
    }
    BigDecimal mid = fx.mid(pair, instant.atZone(ExchangeCalendar.NEW_YORK).toLocalDate());
    BigDecimal half = PaperFx.minTick(pair);
    return Optional.of(
        new Quote(mid.subtract(half).doubleValue(), mid.add(half).doubleValue(), -1));
  }

  /**
   * Test hook: FX quotes have no bid and ask from now on, as while IDEALPRO is closed, until {@link
   * #unpinAll}. Account values keep converting at the model's rate.
   */
  public void closeFx() {
    fxClosed = true;
  }

  /** A pair's midpoint of the day before {@code instant}'s, its close. */
  double fxPreviousClose(FxPair pair, Instant instant) {
    return fx.mid(pair, instant.atZone(ExchangeCalendar.NEW_YORK).toLocalDate().minusDays(1))
        .doubleValue();
  }

  /** Bid and ask one spread step around the last price, now. */
  public Quote quote(String symbol) {
    return quoteAt(symbol, clock.now());
  }

  /** Bid, ask and last at {@code instant} (delayed data looks into the past). */
  public Quote quoteAt(String symbol, Instant instant) {
    double last = priceAt(symbol, instant);
    double half = Math.max(Prices.TICK, Prices.ceilToCent(last * 0.00005));
    return new Quote(
        Math.max(Prices.TICK, Prices.roundToCent(last - half)),
        Prices.roundToCent(last + half),
        last);
  }

  /**
   * Test hook: from now on {@code symbol} trades at {@code price} (rounded to the cent) whatever
   * the clock says, in quotes, fills and account values, until {@link #unpinPrice}. Previous closes
   * and daily bars are left alone, so a pinned price is also a known move against yesterday's
   * close.
   */
  public void pinPrice(String symbol, double price) {
    if (!(price > 0)) {
      throw new IllegalArgumentException(
          "pinned price of " + symbol + ": " + price + " (expected: > 0)");
    }
    series(symbol); // an unknown symbol fails here
    pinned.put(PaperUniverse.bySymbol(symbol).orElseThrow().symbol(), Prices.roundToCent(price));
  }

  /** Lets {@code symbol} follow its simulated series again. */
  public void unpinPrice(String symbol) {
    PaperUniverse.bySymbol(symbol).ifPresent(i -> pinned.remove(i.symbol()));
  }

  /**
   * Releases every pinned price and reopens FX ({@link #closeFx}): the model's prices apply again.
   */
  public void unpinAll() {
    pinned.clear();
    fxClosed = false;
  }

  /** The simulated price at {@code instant}, rounded to the cent. */
  public double priceAt(String symbol, Instant instant) {
    Double pin = pinned.isEmpty() ? null : pinned.get(symbol);
    if (pin != null) {
      return pin;
    }
    LocalDate day = instant.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    DailyBar today = calendar.isTradingDay(day) ? series(symbol).barOn(day).orElse(null) : null;
    if (today == null || instant.isBefore(calendar.sessionOpen(day).toInstant())) {
      return closeBefore(symbol, day);
    }
    if (!instant.isBefore(calendar.sessionClose(day).toInstant())) {
      return today.close();
    }
    return Prices.roundToCent(intraday(today, sessionFraction(instant), wiggle(symbol, day)));
  }

  /**
   * When the last trade before {@code instant} took place: {@code instant} itself during the
   * regular session (or always, when the market is always open), else the close of the last
   * completed session, the trade the price stands at until the next open. This is the time frozen
   * data carries: IB's market_data_type.html, "Frozen market data is the last data recorded at
   * market close".
   */
  Instant lastTradeAt(Instant instant) {
    if (config.alwaysOpen() || calendar.isOpen(instant)) {
      return instant;
    }
    return calendar.sessionClose(calendar.lastCompletedSession(instant)).toInstant();
  }

  /** Shares traded today up to now: the day's volume spread evenly over the session. */
  public long volumeToday(String symbol) {
    Instant now = clock.now();
    LocalDate day = now.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    if (!calendar.isTradingDay(day)) {
      return 0;
    }
    return series(symbol)
        .barOn(day)
        .map(bar -> Math.round(bar.volume() * sessionFraction(now)))
        .orElse(0L);
  }

  /**
   * How far into its day's regular session {@code instant} is: 0 at the open (and before), 1 at the
   * close, 13:00 or the configured time on an early close (and after). The day must be a trading
   * day.
   */
  private double sessionFraction(Instant instant) {
    LocalDate day = instant.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    long open = calendar.sessionOpen(day).toEpochSecond();
    long close = calendar.sessionClose(day).toEpochSecond();
    double fraction = (double) (instant.getEpochSecond() - open) / (close - open);
    return Math.max(0, Math.min(1, fraction));
  }

  private double closeBefore(String symbol, LocalDate day) {
    return series(symbol)
        .lastBarBefore(day)
        .map(DailyBar::close)
        .orElseGet(() -> PaperUniverse.bySymbol(symbol).orElseThrow().startPrice());
  }

  /**
   * The log price moves in a straight line from open to close, plus one hump up or down ({@code
   * wiggle} in [-1, 1]) scaled to the room the bar's high or low leaves, so the path never leaves
   * the bar.
   */
  static double intraday(DailyBar bar, double fraction, double wiggle) {
    double lo = Math.log(bar.open());
    double lc = Math.log(bar.close());
    double room =
        wiggle >= 0
            ? Math.log(bar.high()) - Math.max(lo, lc)
            : Math.min(lo, lc) - Math.log(bar.low());
    double hump = 0.9 * wiggle * Math.max(0, room) * Math.sin(Math.PI * fraction);
    return Math.exp(lo + fraction * (lc - lo) + hump);
  }

  private double wiggle(String symbol, LocalDate day) {
    long mixed = config.seed() ^ symbol.hashCode() * 0x9E3779B97F4A7C15L ^ day.toEpochDay();
    return new SplittableRandom(mixed).nextDouble() * 2 - 1;
  }

  private DailySeries series(String symbol) {
    return PaperUniverse.bySymbol(symbol)
        .map(instrument -> series.get(instrument.symbol()))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "symbol '"
                        + symbol
                        + "' is not in the paper universe (expected one of: "
                        + PaperUniverse.all().stream().map(PaperInstrument::symbol).toList()
                        + ")"));
  }
}
