package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.diagnostics;
import static dev.ibtrading.scenario.AllocationResults.planned;
import static dev.ibtrading.scenario.AllocationResults.signal;
import static dev.ibtrading.scenario.AllocationResults.targetQuantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Allocation through {@code /allocation} with the default settings: the {@code dummy} strategy, two
 * strategies sharing SPY, a dry run, a hand-made position outside the universe, a holiday. Runs on
 * {@link #TRADING_DAY}, where {@code dummy} wants +1 and {@code spymacdvixy} is bullish. The
 * default caps (one order and the gross position value at most NetLiquidation) clip what two
 * strategies at weight 1, or a hand-made position on top, would buy beyond that.
 */
class AllocationScenarioTests extends ScenarioTestBase {
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Test
  void dummyBuysItsCapitalOfSpyOnAPlusOneDayAndSellsItOnAFlatDay() {
    BigDecimal spyShares = wholeShares(netLiquidation(), "SPY");

    Pushed buy = push(Intent.ALLOCATION, DUMMY);

    assertThat(buy.httpStatus()).isEqualTo(200);
    assertThat(buy.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(buy.attributes())
        .containsEntry("intent", "allocation")
        .containsEntry("status", "ok")
        .containsEntry("runId", buy.runId())
        .containsEntry("account", paperGateway().config().account());
    JsonNode dummy = diagnostics(buy, "dummy");
    assertThat(dummy.path("epochDay").longValue()).isEqualTo(LocalDate.of(2025, 1, 2).toEpochDay());
    assertThat(dummy.path("signal").intValue()).isEqualTo(1);
    assertThat(signal(buy, "dummy", "SPY")).isEqualByComparingTo("1");
    assertThat(targetQuantity(buy, "SPY")).isEqualByComparingTo(spyShares);
    assertThat(held("SPY")).isEqualByComparingTo(spyShares);
    assertThat(shares(executionsOf(buy.runId()), "SPY", OrderSide.BUY))
        .isEqualByComparingTo(spyShares);
    assertThat(buy.result().path("orders")).hasSize(1);

    // Friday 3 January: epoch day % 3 = 0, a -1 day, flat with shorting off.
    clock.pin(Instant.parse("2025-01-03T15:00:00Z"));
    Pushed sell = push(Intent.ALLOCATION, DUMMY);

    assertThat(sell.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(diagnostics(sell, "dummy").path("signal").intValue()).isEqualTo(-1);
    assertThat(signal(sell, "dummy", "SPY")).isZero();
    assertThat(targetQuantity(sell, "SPY")).isZero();
    assertThat(held("SPY")).isZero();
    assertThat(shares(executionsOf(sell.runId()), "SPY", OrderSide.SELL))
        .isEqualByComparingTo(spyShares);
  }

  @Test
  void twoStrategiesSharingSpyTradeTheSumOfTheirTargetsInOneOrder() {
    // Each strategy sizes its own capital (weight 1 each) and rounds toward zero on its own; the
    // one order is clipped to NetLiquidation's worth (allocation.max-order-fraction=1.0).
    BigDecimal spyShares = wholeShares(netLiquidation(), "SPY").multiply(BigDecimal.valueOf(2));
    BigDecimal capped = wholeShares(netLiquidation().setScale(2, RoundingMode.DOWN), "SPY");

    Pushed run = push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\",\"spymacdvixy\"]}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(signal(run, "dummy", "SPY")).isEqualByComparingTo("1");
    assertThat(signal(run, "spymacdvixy", "SPY")).isEqualByComparingTo("1");
    assertThat(signal(run, "spymacdvixy", "VIXY")).isZero();
    assertThat(run.result().path("signals")).hasSize(3);
    assertThat(targetQuantity(run, "SPY")).isEqualByComparingTo(spyShares);
    assertThat(targetQuantity(run, "VIXY")).isZero();
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(spyShares);
    assertThat(spy.path("cap").asString()).isEqualTo("max-order-fraction");
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(capped);
    assertThat(run.result().path("orders").valueStream().map(o -> o.path("symbol").asString()))
        .containsExactly("SPY");
    List<Fill> fills = executionsOf(run.runId());
    assertThat(fills.stream().map(Fill::orderId).distinct()).hasSize(1);
    assertThat(shares(fills, "SPY", OrderSide.BUY)).isEqualByComparingTo(capped);
    assertThat(held("SPY")).isEqualByComparingTo(capped);
    assertThat(held("VIXY")).isZero();
  }

  @Test
  void aDryRunReportsTheWholePlanAndPlacesNothing() {
    BigDecimal spyShares = wholeShares(netLiquidation(), "SPY").multiply(BigDecimal.valueOf(2));
    BigDecimal capped = wholeShares(netLiquidation().setScale(2, RoundingMode.DOWN), "SPY");

    Pushed run =
        push(Intent.ALLOCATION, "{\"strategies\":[\"dummy\",\"spymacdvixy\"],\"dryRun\":true}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("dryRun").booleanValue()).isTrue();
    assertThat(diagnostics(run, "spymacdvixy").path("regime").asString()).isEqualTo("bullish");
    assertThat(targetQuantity(run, "SPY")).isEqualByComparingTo(spyShares);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("side").asString()).isEqualTo("buy");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(spyShares);
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(capped);
    assertThat(spy.path("referencePrice").decimalValue())
        .isEqualByComparingTo(referencePrice("SPY"));
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }

  @Test
  void aHandMadePositionOutsideTheUniverseIsLeftAlone() {
    BigDecimal aapl = new BigDecimal("40");
    handTrader().buy("AAPL", aapl);
    assertThat(held("AAPL")).as("AAPL bought by hand").isEqualByComparingTo(aapl);
    // AAPL counts in the gross position value: SPY gets the room it leaves under NetLiquidation.
    AccountSnapshot before = broker.accountSnapshot();
    BigDecimal spyShares =
        wholeShares(before.netLiquidation().subtract(before.grossPositionValue()), "SPY");

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().findValuesAsString("symbol")).doesNotContain("AAPL");
    assertThat(executionsOf(run.runId()))
        .allSatisfy(f -> assertThat(f.contract().symbol()).isEqualTo("SPY"));
    assertThat(held("SPY")).isEqualByComparingTo(spyShares);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    assertThat(handTrader().held("AAPL")).isEqualByComparingTo(aapl);
  }

  @Test
  void anAllocationOnAMarketHolidayIsSkipped() {
    clock.pin(Instant.parse("2025-07-04T14:00:00Z"));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(run.attributes()).containsEntry("status", "skipped");
    assertThat(run.warningCodes()).containsExactly("market-closed");
    assertThat(run.problem("market-closed").message())
        .contains("2025-07-04")
        .contains("Independence Day");
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(broker.positions()).isEmpty();
  }

  /** NetLiquidation's worth of {@code symbol} in whole shares at the gateway's price. */
  private BigDecimal wholeShares(BigDecimal netLiq, String symbol) {
    return netLiq.divide(referencePrice(symbol), 0, RoundingMode.DOWN);
  }

  private static BigDecimal shares(List<Fill> fills, String symbol, OrderSide side) {
    return fills.stream()
        .filter(f -> f.contract().symbol().equals(symbol) && f.side() == side)
        .map(Fill::shares)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
