package dev.ibtrading.summary;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.outcome.DelayedQuotes;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.plan.QuoteFreshness;
import dev.ibtrading.plan.StaleMarketDataException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prices one summary's positions and says what each price is worth: live, frozen (the last values
 * before the close) or delayed (15 to 20 minutes behind, on an account without real-time
 * subscriptions), how old its last trade is, or that there is none. A value in the summary looks
 * the same whichever it is, so the outcome warns ({@value DelayedQuotes#CODE}, {@value
 * #FROZEN_CODE}, {@value #NO_PRICE_CODE}) where a reader could take it for a live one.
 *
 * <p>A live or delayed quote whose last trade is older than {@code allocation.max-quote-age}, by
 * allocation's rule ({@link QuoteFreshness}), is one allocation would refuse to trade on: the
 * outcome warns with allocation's code for it, {@value StaleMarketDataException#CODE}. Frozen
 * quotes are the close's values and old by nature; their warning says their age already.
 *
 * <p>The data type is the one the gateway said it sent (MARKET_DATA_TYPE, {@link
 * Quote#dataType()}); the age is measured as {@code plan.QuoteFreshness} measures it for {@code
 * allocation.max-quote-age}: from the last trade's time (tick 45, delayed 88) to the broker's
 * clock, the one that stamped it.
 */
final class PositionPricing {
  static final String FROZEN_CODE = "frozen-market-data";
  static final String NO_PRICE_CODE = "no-price";

  private final Broker broker;
  private final Duration maxQuoteAge;
  private final DelayedQuotes delayed = new DelayedQuotes();
  private final Map<String, Long> frozen = new LinkedHashMap<>();
  private final List<Problem> missing = new ArrayList<>();
  private final List<String> stale = new ArrayList<>();
  private Instant brokerNow;
  private QuoteFreshness freshness;

  /**
   * @param maxQuoteAge {@code allocation.max-quote-age}
   */
  PositionPricing(Broker broker, Duration maxQuoteAge) {
    this.broker = broker;
    this.maxQuoteAge = maxQuoteAge;
  }

  /** The position with its price and what that price is; transient broker failures propagate. */
  SummaryResult.PositionValue price(Position position) {
    String symbol = position.contract().symbol();
    Quote quote;
    try {
      quote = broker.quote(broker.contract(position.contract().instrument()));
    } catch (BrokerException e) {
      if (e.isTransient()) {
        throw e;
      }
      missing.add(new Problem(NO_PRICE_CODE, symbol + ": " + e.getMessage()));
      return SummaryResult.PositionValue.of(position, null, null, null, null);
    }
    delayed.record(quote);
    if (quote.referencePrice() == null) {
      missing.add(new Problem(NO_PRICE_CODE, "no price for " + symbol + " now"));
      return SummaryResult.PositionValue.of(position, null, quote.dataType(), null, null);
    }
    Instant priceTime = quote.referencePriceTime();
    Long ageSeconds = priceTime == null ? null : ageOf(priceTime);
    if (quote.dataType() == MarketDataType.FROZEN) {
      frozen.put(symbol, ageSeconds);
    } else if (priceTime != null && quote.dataType() != MarketDataType.DELAYED_FROZEN) {
      String tooOld = freshness().stale(symbol, quote);
      if (tooOld != null) {
        stale.add(tooOld);
      }
    }
    return SummaryResult.PositionValue.of(
        position, quote.referencePrice(), quote.dataType(), priceTime, ageSeconds);
  }

  /** The warnings about the prices of every position priced so far. */
  List<Problem> warnings() {
    List<Problem> warnings = new ArrayList<>(missing);
    delayed.warning().ifPresent(warnings::add);
    if (!frozen.isEmpty()) {
      warnings.add(
          new Problem(
              FROZEN_CODE,
              "priced from frozen market data, the last values before the market closed: "
                  + frozen.entrySet().stream()
                      .map(e -> e.getKey() + ageText(e.getValue()))
                      .collect(Collectors.joining(", "))));
    }
    if (!stale.isEmpty()) {
      warnings.add(
          new Problem(
              StaleMarketDataException.CODE,
              "priced from quotes allocation would refuse to trade on: "
                  + String.join("; ", stale)));
    }
    return warnings;
  }

  private long ageOf(Instant priceTime) {
    return Math.max(0, Duration.between(priceTime, brokerNow()).toSeconds());
  }

  private QuoteFreshness freshness() {
    if (freshness == null) {
      freshness = QuoteFreshness.atBrokerTime(brokerNow(), maxQuoteAge);
    }
    return freshness;
  }

  private Instant brokerNow() {
    if (brokerNow == null) {
      brokerNow = broker.currentTime(); // once per summary: one request, one "now" for all
    }
    return brokerNow;
  }

  private static String ageText(Long ageSeconds) {
    return ageSeconds == null ? "" : " (last trade " + ageSeconds / 60 + " min old)";
  }
}
