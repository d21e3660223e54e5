package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A summary after the close on a worker that asks for frozen data ({@code
 * ib.market-data-type=frozen}): the paper gateway, keeping NYSE's hours here, answers with
 * MARKET_DATA_TYPE 2 and the close's values, stamped with the close's time as a real gateway's
 * frozen data is (the last trade of the session), and the summary says the position's value is
 * frozen and an hour old, with the {@code frozen-market-data} warning.
 */
@TestPropertySource(properties = {"ib.market-data-type=frozen", "ib.paper.always-open=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SummaryFrozenQuotesScenarioTests extends ScenarioTestBase {
  /** Thursday 2 January 2025, 17:00 in New York: an hour after the close. */
  private static final Instant AFTER_THE_CLOSE = Instant.parse("2025-01-02T22:00:00Z");

  /** That day's close, 16:00 in New York: the frozen quote's last trade. */
  private static final Instant THE_CLOSE = Instant.parse("2025-01-02T21:00:00Z");

  @AfterEach
  void releaseTheGatewaysClock() {
    paperGateway().clock().release();
  }

  @Test
  void aSummaryAfterTheCloseSaysItsValueIsFrozen() {
    paperGateway().clock().set(TRADING_DAY);
    handTrader().buy("SPY", new BigDecimal("10"));
    paperGateway().clock().set(AFTER_THE_CLOSE);
    clock.pin(AFTER_THE_CLOSE);

    Pushed run = push(Intent.SUMMARY, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.warningCodes()).containsExactly("frozen-market-data");
    assertThat(run.problem("frozen-market-data").message())
        .startsWith("priced from frozen market data, the last values before the market closed:")
        .contains("SPY (last trade 60 min old)");
    JsonNode spy = null;
    for (JsonNode position : run.result().path("positions")) {
      if (position.path("symbol").asString().equals("SPY")) {
        spy = position;
      }
    }
    assertThat(spy).as("SPY in %s", run.result()).isNotNull();
    assertThat(spy.path("marketDataType").asString()).isEqualTo("frozen");
    assertThat(spy.path("marketPrice").decimalValue()).isPositive();
    assertThat(spy.path("priceTime").asString()).isEqualTo(THE_CLOSE.toString());
    assertThat(spy.path("priceAgeSeconds").asLong()).isEqualTo(3600);
  }
}
