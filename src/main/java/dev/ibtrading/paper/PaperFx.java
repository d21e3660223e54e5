package dev.ibtrading.paper;

import dev.ibtrading.ib.FxPair;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The paper market's exchange rates: currency pairs on IDEALPRO, listed one way round in the
 * market's convention as IB lists it ({@link FxPair#listed}: USD.CHF, EUR.USD, USD.JPY), quoted by
 * bid and ask with no last trade, as a real gateway quotes FX.
 *
 * <p>The price model is deterministic: each currency has a reference level in US dollars (close to
 * the market's in 2024-25), and each pair moves by a seeded amount within +-0.5% per New York day,
 * the same all day. The midpoint has five decimals (three for a yen quote), bid and ask are half a
 * pip either side of it, so the bid-ask midpoint is the pair's rate exactly. The same rate converts
 * the account's values into its base currency ({@code ExchangeRate}), so a client that sizes at the
 * quote sees the values the gateway reports.
 *
 * <p>IDEALPRO trades from Sunday 17:15 to Friday 17:00 New York time; outside those hours (unless
 * the market is always open) a quote has no bid and no ask, only the previous close.
 */
final class PaperFx {
  /** Dollars per unit of each currency the paper market quotes. */
  private static final Map<String, BigDecimal> USD_PER_UNIT =
      Map.of(
          "USD", BigDecimal.ONE,
          "EUR", new BigDecimal("1.085"),
          "GBP", new BigDecimal("1.27"),
          "CHF", new BigDecimal("1.13"),
          "JPY", new BigDecimal("0.0067"),
          "CAD", new BigDecimal("0.74"),
          "AUD", new BigDecimal("0.66"));

  /**
   * The contract id of EUR.USD, as a real gateway reports it (real-frames/nautilus-trader.json).
   */
  private static final int EUR_USD_CON_ID = 12087792;

  /**
   * Contract ids of the other pairs: made up, stable, far from the stocks' ({@link PaperUniverse}).
   */
  private static final int FIRST_PAIR_CON_ID = 900_000_001;

  /** The currencies in a fixed order, for the made-up contract ids. */
  private static final List<String> CODES =
      List.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY");

  private static final double DAILY_RANGE = 0.005;
  private static final LocalTime WEEK_OPEN = LocalTime.of(17, 15);
  private static final LocalTime WEEK_CLOSE = LocalTime.of(17, 0);

  private final long seed;

  PaperFx(long seed) {
    this.seed = seed;
  }

  /** The currencies the paper market quotes, e.g. for validating a base currency. */
  static Set<String> currencies() {
    return USD_PER_UNIT.keySet();
  }

  /**
   * The pair a request's contract names: a {@code CASH} contract on IDEALPRO (or no exchange) of
   * two quoted currencies the way IB lists them ({@link FxPair#listed}); empty for anything else,
   * which a real gateway answers with error 200.
   */
  static Optional<FxPair> resolve(WireContract contract) {
    if (!WireContract.CASH.equalsIgnoreCase(contract.secType().strip())) {
      return Optional.empty();
    }
    String exchange = contract.exchange().strip().toUpperCase(Locale.ROOT);
    String base = contract.symbol().strip().toUpperCase(Locale.ROOT);
    String quote = contract.currency().strip().toUpperCase(Locale.ROOT);
    if (!(exchange.isEmpty() || exchange.equals(WireContract.IDEALPRO))
        || !USD_PER_UNIT.containsKey(base)
        || !USD_PER_UNIT.containsKey(quote)
        || base.equals(quote)) {
      return Optional.empty();
    }
    return FxPair.listed(base, quote).filter(pair -> pair.base().equals(base));
  }

  /**
   * The pair as an instrument of the order book (a CASH order's contract id and tick); its price
   * comes from the quotes ({@link PaperMarket#fxQuote}), not from the instrument.
   */
  static PaperInstrument instrument(FxPair pair) {
    String name = pair.toString();
    int conId =
        name.equals("EUR.USD")
            ? EUR_USD_CON_ID
            : FIRST_PAIR_CON_ID
                + CODES.indexOf(pair.base()) * CODES.size()
                + CODES.indexOf(pair.quote());
    return new PaperInstrument(
        name,
        conId,
        WireContract.IDEALPRO,
        name,
        name,
        "",
        "",
        "",
        "",
        minTick(pair).doubleValue(),
        0,
        0);
  }

  /** True while IDEALPRO trades at {@code instant}: Sunday 17:15 to Friday 17:00 New York. */
  static boolean isOpen(Instant instant) {
    ZonedDateTime ny = instant.atZone(ExchangeCalendar.NEW_YORK);
    DayOfWeek day = ny.getDayOfWeek();
    LocalTime time = ny.toLocalTime();
    return switch (day) {
      case SATURDAY -> false;
      case SUNDAY -> !time.isBefore(WEEK_OPEN);
      case FRIDAY -> time.isBefore(WEEK_CLOSE);
      default -> true;
    };
  }

  /** Units of {@code pair.quote()} per unit of {@code pair.base()} on {@code day}: the midpoint. */
  BigDecimal mid(FxPair pair, LocalDate day) {
    BigDecimal reference =
        USD_PER_UNIT.get(pair.base()).divide(USD_PER_UNIT.get(pair.quote()), MathContext.DECIMAL64);
    long mixed = seed ^ pair.toString().hashCode() * 0x9E3779B97F4A7C15L ^ day.toEpochDay();
    double move = (new SplittableRandom(mixed).nextDouble() * 2 - 1) * DAILY_RANGE;
    return reference
        .multiply(BigDecimal.valueOf(1 + move), MathContext.DECIMAL64)
        .setScale(decimals(pair), RoundingMode.HALF_EVEN);
  }

  /**
   * The midpoint of a quote of {@link PaperMarket#fxQuote}: the day's {@link #mid} again, to the
   * pair's decimals (bid and ask are half a pip either side of it).
   */
  static BigDecimal midpoint(PaperMarket.Quote quote, FxPair pair) {
    return BigDecimal.valueOf(quote.bid())
        .add(BigDecimal.valueOf(quote.ask()))
        .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64)
        .setScale(decimals(pair), RoundingMode.HALF_EVEN);
  }

  /**
   * The pair's price step, IB's minTick of it (EUR.USD: 0.00005, the real frame's), and the
   * distance of bid and ask from the midpoint: half a pip.
   */
  static BigDecimal minTick(FxPair pair) {
    return BigDecimal.valueOf(5).movePointLeft(decimals(pair));
  }

  /**
   * What one unit of {@code from} is worth in {@code to} on {@code day}, through the pair of the
   * two in the market's order: its midpoint or the inverse of it.
   */
  BigDecimal rate(String from, String to, LocalDate day) {
    if (from.equals(to)) {
      return BigDecimal.ONE;
    }
    // Every two of the paper market's currencies have a listed pair (PaperBaseCurrencyTests).
    FxPair pair = FxPair.listed(from, to).orElseThrow();
    BigDecimal mid = mid(pair, day);
    return pair.base().equals(from) ? mid : BigDecimal.ONE.divide(mid, MathContext.DECIMAL64);
  }

  private static int decimals(FxPair pair) {
    return pair.quote().equals("JPY") ? 3 : 5;
  }
}
