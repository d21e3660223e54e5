package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A summary on an account without real-time subscriptions (the paper gateway in {@code none} mode:
 * real-time quotes refused with 10089, delayed ones served as MARKET_DATA_TYPE 3 and the delayed
 * tick types): the worker falls back to delayed quotes, and the summary says per position that its
 * value is delayed and by how much, with the {@code delayed-market-data} warning, by Pub/Sub and by
 * {@code GET /summary} alike.
 */
@TestPropertySource(properties = "ib.paper.market-data=none")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SummaryDelayedQuotesScenarioTests extends ScenarioTestBase {
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
  void aPushedSummarySaysItsValueIsDelayedAndHowOld() {
    handTrader().buy("SPY", new BigDecimal("10"));

    Pushed run = push(Intent.SUMMARY, "{}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertDelayed(run.result(), run.warningCodes(), run.problem("delayed-market-data").message());
  }

  @Test
  void aSummaryOnDemandSaysTheSame() {
    handTrader().buy("SPY", new BigDecimal("10"));

    JsonNode answer = JSON.readTree(get("/summary").body());

    assertThat(answer.path("status").asString()).isEqualTo("ok");
    JsonNode warnings = answer.path("warnings");
    assertThat(warnings.size()).isEqualTo(1);
    assertDelayed(
        answer.path("result"),
        List.of(warnings.path(0).path("code").asString()),
        warnings.path(0).path("message").asString());
  }

  private void assertDelayed(JsonNode result, List<String> codes, String message) {
    assertThat(codes).containsExactly("delayed-market-data");
    assertThat(message).contains("SPY (delayed)");
    JsonNode spy = position(result, "SPY");
    assertThat(spy.path("marketDataType").asString()).isEqualTo("delayed");
    Instant delayedBy15 = TRADING_DAY.minus(Duration.ofMinutes(15));
    assertThat(Instant.parse(spy.path("priceTime").asString())).isEqualTo(delayedBy15);
    assertThat(spy.path("priceAgeSeconds").asLong()).isEqualTo(900);
    BigDecimal delayedPrice =
        BigDecimal.valueOf(paperGateway().market().quoteAt("SPY", delayedBy15).last());
    assertThat(spy.path("marketPrice").decimalValue()).isEqualByComparingTo(delayedPrice);
  }

  private static JsonNode position(JsonNode result, String symbol) {
    for (JsonNode position : result.path("positions")) {
      if (position.path("symbol").asString().equals(symbol)) {
        return position;
      }
    }
    throw new AssertionError("no position " + symbol + " in " + result);
  }
}
