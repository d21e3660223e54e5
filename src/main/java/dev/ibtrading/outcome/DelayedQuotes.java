package dev.ibtrading.outcome;

import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The quotes a run priced with that were delayed, not real time (an account without real-time
 * subscriptions, or {@code ib.market-data-type=delayed}), said in the outcome as one warning
 * {@value #CODE} naming each symbol and the data type it was priced from. Orders sized or limited
 * from a delayed quote may be off by 15 minutes of market moves.
 */
public final class DelayedQuotes {
  /** The warning's code. */
  public static final String CODE = "delayed-market-data";

  private final Map<String, MarketDataType> delayed = new LinkedHashMap<>();

  /** Notes {@code quote} if it is delayed, and returns it. */
  public synchronized Quote record(Quote quote) {
    if (quote.dataType() != null && quote.dataType().isDelayed()) {
      delayed.putIfAbsent(quote.contract().symbol(), quote.dataType());
    }
    return quote;
  }

  /** The warning, when any quote was delayed. */
  public synchronized Optional<Problem> warning() {
    if (delayed.isEmpty()) {
      return Optional.empty();
    }
    String symbols =
        delayed.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue().propertyName() + ")")
            .collect(Collectors.joining(", "));
    return Optional.of(
        new Problem(CODE, "priced from delayed market data, not real time: " + symbols));
  }
}
