package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A summary's positions say what their price is: a live quote is {@code realtime} and as old as its
 * last trade by the gateway's clock, which a market data farm that stopped updating ({@code
 * PaperFaults.quotesOlderBy}) makes visible without any warning about delayed data, and with
 * allocation's {@code stale-market-data} warning once allocation would refuse to trade on it.
 */
class SummaryQuoteAgeScenarioTests extends ScenarioTestBase {

  /** The gateway's clock stands still, so that ages and times are exact. */
  @BeforeEach
  void stopTheGatewaysClock() {
    paperGateway().clock().set(TRADING_DAY);
  }

  @AfterEach
  void releaseTheGatewaysClock() {
    paperGateway().clock().release();
  }

  @Test
  void aLiveQuoteIsRealtimeAndFreshWithoutWarnings() {
    handTrader().buy("SPY", new BigDecimal("10"));

    Pushed run = push(Intent.SUMMARY, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).isEmpty();
    JsonNode spy = spy(run);
    assertThat(spy.path("marketDataType").asString()).isEqualTo("realtime");
    assertThat(spy.path("priceTime").asString()).isEqualTo(paperGateway().clock().now().toString());
    assertThat(spy.path("priceAgeSeconds").asLong()).isZero();
  }

  @Test
  void aLiveQuoteThatStoppedMovingShowsItsAge() {
    handTrader().buy("SPY", new BigDecimal("10"));
    paperGateway().faults().quotesOlderBy(Duration.ofHours(2));

    Pushed run = push(Intent.SUMMARY, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = spy(run);
    assertThat(spy.path("marketDataType").asString()).isEqualTo("realtime");
    assertThat(spy.path("priceTime").asString())
        .isEqualTo(TRADING_DAY.minus(Duration.ofHours(2)).toString());
    assertThat(spy.path("priceAgeSeconds").asLong()).isEqualTo(7200);
    assertThat(run.warningCodes()).doesNotContain("delayed-market-data");
    // Its last trade was before the 09:30 open: counted from the open, 30 minutes, within
    // allocation.max-quote-age (30 minutes), as allocation counts it.
    assertThat(run.warningCodes()).doesNotContain("stale-market-data");
  }

  @Test
  void aLiveQuoteOlderThanAllocationTradesOnIsWarnedAbout() {
    Instant oneInTheAfternoon = TRADING_DAY.plus(Duration.ofHours(3)); // 13:00 New York
    paperGateway().clock().set(oneInTheAfternoon);
    handTrader().buy("SPY", new BigDecimal("10"));
    paperGateway().faults().quotesOlderBy(Duration.ofHours(2));

    Pushed run = push(Intent.SUMMARY, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).containsExactly("stale-market-data");
    assertThat(run.problem("stale-market-data").message())
        .startsWith("priced from quotes allocation would refuse to trade on: SPY: ")
        .contains(oneInTheAfternoon.minus(Duration.ofHours(2)).toString())
        .contains("120 min")
        .contains("allocation.max-quote-age 30 min");
    assertThat(spy(run).path("priceAgeSeconds").asLong()).isEqualTo(7200);
  }

  private static JsonNode spy(Pushed run) {
    for (JsonNode position : run.result().path("positions")) {
      if (position.path("symbol").asString().equals("SPY")) {
        return position;
      }
    }
    throw new AssertionError("no SPY position in " + run.result());
  }
}
