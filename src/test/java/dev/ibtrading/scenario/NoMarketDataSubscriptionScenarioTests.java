package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.MarketDataEntitlement;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A paper account without market data subscriptions, the most common surprise of a real one: the
 * embedded paper gateway in {@code none} mode refuses real-time quotes with IB's 10089, and the
 * worker, on its default settings, prices from delayed data instead and says so in the outcome.
 */
@TestPropertySource(properties = "ib.paper.market-data=none")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoMarketDataSubscriptionScenarioTests extends ScenarioTestBase {

  @Test
  void anAllocationPlacesItsOrdersPricedFromDelayedDataAndSaysSo() {
    assertThat(paperGateway().config().marketData()).isEqualTo(MarketDataEntitlement.NONE);

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\"]}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.errorCodes()).isEmpty();
    assertThat(run.warningCodes()).containsExactly("delayed-market-data");
    assertThat(run.problem("delayed-market-data").message()).contains("SPY (delayed)");
    BigDecimal delayedPrice =
        BigDecimal.valueOf(
            paperGateway()
                .market()
                .quoteAt("SPY", paperGateway().clock().now().minus(Duration.ofMinutes(15)))
                .last());
    assertThat(planned(run, "SPY").path("referencePrice").decimalValue())
        .isEqualByComparingTo(delayedPrice);
    BigDecimal bought =
        executionsOf(run.runId()).stream()
            .map(Fill::shares)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(bought).isPositive();
    assertThat(held("SPY")).isEqualByComparingTo(bought);
  }

  @Test
  void theWorkersQuotesAreDelayedAndARiskCheckSaysSoToo() {
    assertThat(broker.quote(broker.contract(Instrument.usStock("SPY"))).dataType())
        .isEqualTo(MarketDataType.DELAYED);
    handTrader().buy("SPY", new BigDecimal("10"));

    Pushed run = push(Intent.RISK_CHECK, "{\"dryRun\":true}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.warningCodes()).contains("delayed-market-data");
    assertThat(run.problem("delayed-market-data").message()).contains("SPY (delayed)");
  }

  @Test
  void aCloseAllSetsItsLimitsFromDelayedQuotesAndSaysSo() {
    handTrader().buy("SPY", new BigDecimal("10"));

    Pushed run =
        push(
            Intent.CLOSE_ALL,
            "{\"scope\":\"own\",\"dryRun\":true,\"orderProperties\":"
                + "{\"orderType\":\"LMT\",\"limitOffsetBps\":10}}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.errorCodes()).isEmpty();
    assertThat(run.warningCodes()).containsExactly("delayed-market-data");
    assertThat(run.problem("delayed-market-data").message()).contains("SPY (delayed)");
  }

  @Test
  void theDailyBarsStillComeSoSpyMacdVixyDecides() {
    clock.pin(Instant.parse("2025-01-02T15:00:00Z"));

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"spymacdvixy\"],\"dryRun\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).doesNotContain("not-enough-data");
    assertThat(run.warningCodes()).contains("delayed-market-data");
  }
}
