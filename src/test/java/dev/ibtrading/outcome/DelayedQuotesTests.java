package dev.ibtrading.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DelayedQuotesTests {
  @Test
  void realTimeAndFrozenQuotesNeedNoWarning() {
    DelayedQuotes delayed = new DelayedQuotes();

    delayed.record(quote("SPY", MarketDataType.REALTIME));
    delayed.record(quote("VIXY", MarketDataType.FROZEN));

    assertThat(delayed.warning()).isEmpty();
  }

  @Test
  void eachDelayedSymbolIsNamedOnceWithItsType() {
    DelayedQuotes delayed = new DelayedQuotes();
    Quote spy = quote("SPY", MarketDataType.DELAYED);

    assertThat(delayed.record(spy)).isSameAs(spy);
    delayed.record(quote("AAPL", MarketDataType.REALTIME));
    delayed.record(quote("VIXY", MarketDataType.DELAYED_FROZEN));
    delayed.record(quote("SPY", MarketDataType.DELAYED));

    assertThat(delayed.warning())
        .contains(
            new Problem(
                "delayed-market-data",
                "priced from delayed market data, not real time: SPY (delayed), VIXY"
                    + " (delayed-frozen)"));
  }

  private static Quote quote(String symbol, MarketDataType type) {
    Contract contract = new Contract(1, symbol, "USD", "ARCA", new BigDecimal("0.01"), symbol);
    BigDecimal price = new BigDecimal("100");
    return new Quote(contract, price, price, price, price, type, Instant.EPOCH, null);
  }
}
