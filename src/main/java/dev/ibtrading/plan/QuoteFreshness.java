package dev.ibtrading.plan;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The age limit of the quotes one plan prices orders with ({@code allocation.max-quote-age}).
 *
 * <p>A quote's time is its last trade's (tick 45 LAST_TIMESTAMP, delayed 88: the only time a TWS
 * quote carries; bid and ask have none). Its age is measured by the broker's clock, the one that
 * stamped it, so a worker clock that differs (replay, tests, drift) does not matter. Before the
 * regular session nothing has traded yet today, so the age counts from the later of the trade and
 * today's 09:30 open: a run at the open on yesterday's last trade is not refused, while a quote
 * that stopped moving during the session is, once it is older than the limit. Delayed data is 15 to
 * 20 minutes behind by itself, which the limit must leave room for.
 *
 * <p>The summary judges its positions' quotes by the same rule ({@link #atBrokerTime}), to warn
 * about prices allocation would refuse.
 */
public final class QuoteFreshness {
  private final Broker broker;
  private final Duration maxAge;
  private final Instant sessionOpen;
  private Instant brokerNow;

  QuoteFreshness(Broker broker, Duration maxAge, LocalDate asOf) {
    this.broker = broker;
    this.maxAge = maxAge;
    this.sessionOpen =
        asOf.atTime(ExchangeCalendar.OPEN).atZone(ExchangeCalendar.NEW_YORK).toInstant();
  }

  /**
   * The limit as of the broker's time {@code brokerNow}, today being its date in New York: for a
   * reader of the account that has no trading day of its own.
   */
  public static QuoteFreshness atBrokerTime(Instant brokerNow, Duration maxAge) {
    QuoteFreshness freshness =
        new QuoteFreshness(null, maxAge, brokerNow.atZone(ExchangeCalendar.NEW_YORK).toLocalDate());
    freshness.brokerNow = brokerNow;
    return freshness;
  }

  /**
   * Why {@code quote}'s price is too old to trade on, or null when it is not (or has no time: a
   * midpoint, a previous close, a gateway that sent no LAST_TIMESTAMP).
   */
  public String stale(String symbol, Quote quote) {
    Instant traded = quote.referencePriceTime();
    if (traded == null) {
      return null;
    }
    if (brokerNow == null) {
      brokerNow = broker.currentTime(); // once per plan: one request, one "now" for all quotes
    }
    Instant countedFrom = traded.isAfter(sessionOpen) ? traded : sessionOpen;
    Duration age = Duration.between(countedFrom, brokerNow);
    if (age.compareTo(maxAge) <= 0) {
      return null;
    }
    return symbol
        + ": the quote's last trade is of "
        + traded
        + ", "
        + age.toMinutes()
        + " min before the gateway's time "
        + brokerNow
        + " (counted from the session's open when older), beyond allocation.max-quote-age "
        + maxAge.toMinutes()
        + " min";
  }
}
