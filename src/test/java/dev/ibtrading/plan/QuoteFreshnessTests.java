package dev.ibtrading.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The quote age limit: by the broker's clock, counted from today's open for a trade older than it,
 * and only for a price that is the last trade's. The end-to-end case (the paper gateway serving an
 * old quote) is {@code StaleQuoteScenarioTests}.
 */
class QuoteFreshnessTests {
  private static final LocalDate THURSDAY = LocalDate.parse("2025-01-02");

  /** 09:30 New York on THURSDAY. */
  private static final Instant OPEN = Instant.parse("2025-01-02T14:30:00Z");

  private static final Contract SPY = new Contract(756733, "SPY", "USD", "ARCA", null, "SPY");
  private final Broker broker = mock(Broker.class);
  private final QuoteFreshness freshness =
      new QuoteFreshness(broker, Duration.ofMinutes(30), THURSDAY);

  private static Quote lastTradeAt(Instant traded) {
    BigDecimal price = new BigDecimal("590");
    return new Quote(
        SPY, price, price, price, price, MarketDataType.REALTIME, Instant.EPOCH, traded);
  }

  @Test
  void aTradeOlderThanTheLimitDuringTheSessionIsStale() {
    when(broker.currentTime()).thenReturn(OPEN.plus(Duration.ofHours(3)));

    assertThat(freshness.stale("SPY", lastTradeAt(OPEN.plus(Duration.ofHours(2)))))
        .contains("SPY")
        .contains("60 min")
        .contains("allocation.max-quote-age 30 min");
    assertThat(freshness.stale("SPY", lastTradeAt(OPEN.plus(Duration.ofMinutes(160))))).isNull();
    verify(broker, times(1)).currentTime();
  }

  @Test
  void yesterdaysLastTradeIsCountedFromTheOpen() {
    Instant yesterdaysClose = Instant.parse("2024-12-31T21:00:00Z");
    when(broker.currentTime()).thenReturn(OPEN.plus(Duration.ofMinutes(5)));

    assertThat(freshness.stale("SPY", lastTradeAt(yesterdaysClose))).isNull();
  }

  @Test
  void yesterdaysLastTradeLateInTheSessionIsStale() {
    when(broker.currentTime()).thenReturn(OPEN.plus(Duration.ofMinutes(31)));

    assertThat(freshness.stale("SPY", lastTradeAt(Instant.parse("2024-12-31T21:00:00Z"))))
        .contains("2024-12-31T21:00:00Z");
  }

  @Test
  void atTheBrokersTimeTodayIsTheBrokersDateAndTheBrokerIsNotAsked() {
    QuoteFreshness atNoon =
        QuoteFreshness.atBrokerTime(OPEN.plus(Duration.ofMinutes(150)), Duration.ofMinutes(30));

    assertThat(atNoon.stale("SPY", lastTradeAt(OPEN.plus(Duration.ofMinutes(125))))).isNull();
    // Yesterday's close counts from THURSDAY's open, the broker's date: 150 minutes.
    assertThat(atNoon.stale("SPY", lastTradeAt(Instant.parse("2024-12-31T21:00:00Z"))))
        .contains("150 min before the gateway's time 2025-01-02T17:00:00Z");
    verify(broker, times(0)).currentTime();
  }

  @Test
  void aQuoteWithoutATradeTimeOrPricedByTheMidpointIsNotJudged() {
    Quote midpoint =
        new Quote(
            SPY,
            new BigDecimal("589.9"),
            new BigDecimal("590.1"),
            null,
            null,
            MarketDataType.REALTIME,
            Instant.EPOCH,
            Instant.parse("2020-01-01T00:00:00Z"));

    assertThat(freshness.stale("SPY", lastTradeAt(null))).isNull();
    assertThat(freshness.stale("SPY", midpoint)).isNull();
    verify(broker, times(0)).currentTime();
  }
}
