package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.RiskCheckResults.breached;
import static dev.ibtrading.scenario.RiskCheckResults.measure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.Position;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The risk check's {@code flatten} through {@code /risk-check}, for real and as a dry run. The
 * book: SPY bought by the {@code dummy} allocation, a VIXY short of the worker's (both managed), a
 * resting SPY order of the worker's, and AAPL bought by hand. SPY then trades 15% below its average
 * cost: a position loss beyond {@value #POSITION_LOSS}, whose action is {@code flatten}, and a
 * daily loss beyond {@value #DAILY_LOSS}, whose action is {@code report}.
 */
class RiskCheckFlattenScenarioTests extends RiskEodScenarioTestBase {
  private static final BigDecimal AAPL = BigDecimal.TEN;
  private static final BigDecimal VIXY_SHORT = new BigDecimal("200");

  private BigDecimal spy;
  private OrderReport ownSpyOrder;

  @BeforeEach
  void bookWithASpyLossBeyondItsLimit() {
    handTrader().buy("AAPL", AAPL);
    spy = allocateSpy();
    trade(broker, "VIXY", OrderSide.SELL, VIXY_SHORT, "allocation:scn-vixy");
    ownSpyOrder = restingBuy(broker, "SPY", "allocation:scn-resting");
    BigDecimal averageCost =
        broker.positions().stream()
            .filter(p -> p.contract().symbol().equals("SPY"))
            .map(Position::averageCost)
            .findFirst()
            .orElseThrow();
    BigDecimal price = averageCost.multiply(new BigDecimal("0.85"));
    paperGateway().market().pinPrice("SPY", price.setScale(2, RoundingMode.DOWN).doubleValue());
  }

  @Test
  void aPositionLossWhoseActionIsFlattenClosesEveryManagedPositionAndNothingElse() {
    Pushed run = push(Intent.RISK_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(breached(run)).containsExactlyInAnyOrder("daily-loss", "position-loss");
    assertThat(measure(run, "position-loss", "SPY").path("breached").booleanValue()).isTrue();
    assertThat(measure(run, "position-loss", "VIXY").path("breached").booleanValue()).isFalse();
    assertThat(measure(run, "daily-loss", null).path("actionTaken").asString())
        .isEqualTo("flatten");
    assertThat(run.warningCodes()).contains("limit-breached", "actions-combined");
    assertThat(run.result().path("action").asString()).isEqualTo("flatten");
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("flatten");
    assertThat(run.result().path("cancelled").findValues("permId"))
        .extracting(JsonNode::longValue)
        .containsExactly(ownSpyOrder.permId());
    assertThat(run.result().path("orders").findValuesAsString("status"))
        .containsExactly("filled", "filled");
    assertThat(held("SPY")).isZero();
    assertThat(held("VIXY")).isZero();
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL);
    assertThat(broker.openOrders()).isEmpty();
    assertThat(executionsOf(run.runId()))
        .extracting(f -> f.contract().symbol() + " " + f.side())
        .containsOnly("SPY SELL", "VIXY BUY");
    assertThat(shares(run, "SPY")).isEqualByComparingTo(spy);
    assertThat(shares(run, "VIXY")).isEqualByComparingTo(VIXY_SHORT);
  }

  @Test
  void aDryRunReportsTheFlattenItWouldTakeAndChangesNothing() {
    Pushed run = push(Intent.RISK_CHECK, "{\"dryRun\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("dryRun").booleanValue()).isTrue();
    assertThat(measure(run, "position-loss", "SPY").path("breached").booleanValue()).isTrue();
    assertThat(run.result().path("action").asString()).isEqualTo("flatten");
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("report");
    assertThat(run.result().path("toCancel").findValues("permId"))
        .extracting(JsonNode::longValue)
        .containsExactly(ownSpyOrder.permId());
    JsonNode spySell = entry(run, "planned", "symbol", "SPY");
    assertThat(spySell.path("side").asString()).isEqualTo("sell");
    assertThat(spySell.path("quantity").decimalValue()).isEqualByComparingTo(spy);
    JsonNode vixyBuy = entry(run, "planned", "symbol", "VIXY");
    assertThat(vixyBuy.path("side").asString()).isEqualTo("buy");
    assertThat(vixyBuy.path("quantity").decimalValue()).isEqualByComparingTo(VIXY_SHORT);
    assertThat(run.result().path("planned").findValuesAsString("symbol")).doesNotContain("AAPL");
    assertThat(run.result().path("cancelled")).isEmpty();
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(spy);
    assertThat(held("VIXY")).isEqualByComparingTo(VIXY_SHORT.negate());
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL);
    assertThat(openPermIds()).containsExactly(ownSpyOrder.permId());
    assertThat(executionsOf(run.runId())).isEmpty();
  }

  private BigDecimal shares(Pushed run, String symbol) {
    return executionsOf(run.runId()).stream()
        .filter(f -> f.contract().symbol().equals(symbol))
        .map(Fill::shares)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
