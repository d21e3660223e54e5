package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.diagnostics;
import static dev.ibtrading.scenario.AllocationResults.signal;
import static dev.ibtrading.scenario.AllocationResults.targetQuantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * {@code spymacdvixy} in both regimes, from the bars of {@link ScenarioBars}: the MACD state each
 * run date gives is computed here with ta4j, and the outcome's diagnostics, the targets and the
 * paper account must follow it (default weights: bullish SPY 1; bearish SPY -1, VIXY 1 normalized
 * to -0.5 and 0.5, shorting off, so SPY 0 and VIXY half the capital).
 */
class SpyMacdVixyScenarioTests extends ScenarioTestBase {
  private static final String SPYMACDVIXY = "{\"strategies\":[\"spymacdvixy\"]}";

  /** Bars the strategy computes over (strategies.spymacdvixy.bars, default 200). */
  private static final int WINDOW = 200;

  private static final LocalDate BULLISH_DATE = LocalDate.of(2025, 1, 2);

  /** Tuesday 1 April 2025, 10:00 in New York: the day after SPY's last (falling) bar. */
  private static final Instant BEARISH_DAY = Instant.parse("2025-04-01T14:00:00Z");

  private static final LocalDate BEARISH_DATE = LocalDate.of(2025, 4, 1);

  @Test
  void aMacdAboveItsSignalHoldsSpyAndNoVixy() {
    ScenarioBars.MacdState expected = ScenarioBars.spyMacdAsOf(BULLISH_DATE, WINDOW);
    assertThat(expected.bullish()).as("fixture: MACD above signal as of %s", BULLISH_DATE).isTrue();
    BigDecimal spyShares = shares(netLiquidation(), BigDecimal.ONE, "SPY");

    Pushed run = push(Intent.ALLOCATION, SPYMACDVIXY);

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertDiagnostics(run, expected, "bullish");
    assertThat(signal(run, "spymacdvixy", "SPY")).isEqualByComparingTo("1");
    assertThat(signal(run, "spymacdvixy", "VIXY")).isEqualByComparingTo("0");
    assertThat(targetQuantity(run, "SPY")).isEqualByComparingTo(spyShares);
    assertThat(targetQuantity(run, "VIXY")).isZero();
    assertThat(held("SPY")).isEqualByComparingTo(spyShares);
    assertThat(held("VIXY")).isZero();
    List<Fill> fills = executionsOf(run.runId());
    assertThat(fills).allSatisfy(f -> assertThat(f.contract().symbol()).isEqualTo("SPY"));
    assertThat(fills).allSatisfy(f -> assertThat(f.side()).isEqualTo(OrderSide.BUY));
    assertThat(sharesOf(fills)).isEqualByComparingTo(spyShares);
  }

  @Test
  void aMacdBelowItsSignalSellsTheSpyOfTheBullishDaysAndHoldsVixy() {
    ScenarioBars.MacdState expected = ScenarioBars.spyMacdAsOf(BEARISH_DATE, WINDOW);
    assertThat(expected.bullish())
        .as("fixture: MACD below signal as of %s", BEARISH_DATE)
        .isFalse();
    Pushed bullish = push(Intent.ALLOCATION, SPYMACDVIXY);
    assertThat(bullish.status()).isEqualTo(OutcomeStatus.OK);
    BigDecimal spyHeld = held("SPY");
    assertThat(spyHeld).as("SPY after the bullish run").isPositive();

    clock.pin(BEARISH_DAY);
    BigDecimal vixyShares = shares(netLiquidation(), new BigDecimal("0.5"), "VIXY");
    Pushed run = push(Intent.ALLOCATION, SPYMACDVIXY);

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertDiagnostics(run, expected, "bearish");
    assertThat(diagnostics(run, "spymacdvixy").path("allowShort").booleanValue()).isFalse();
    assertThat(signal(run, "spymacdvixy", "SPY")).isEqualByComparingTo("0");
    assertThat(signal(run, "spymacdvixy", "VIXY")).isEqualByComparingTo("0.5");
    assertThat(targetQuantity(run, "SPY")).isZero();
    assertThat(targetQuantity(run, "VIXY")).isEqualByComparingTo(vixyShares);
    assertThat(held("SPY")).isZero();
    assertThat(held("VIXY")).isEqualByComparingTo(vixyShares);
    List<Fill> fills = executionsOf(run.runId());
    assertThat(sharesOf(fills, "SPY", OrderSide.SELL)).isEqualByComparingTo(spyHeld);
    assertThat(sharesOf(fills, "VIXY", OrderSide.BUY)).isEqualByComparingTo(vixyShares);
  }

  /** The outcome's diagnostics against the MACD computed independently. */
  private static void assertDiagnostics(
      Pushed run, ScenarioBars.MacdState expected, String regime) {
    JsonNode diagnostics = diagnostics(run, "spymacdvixy");
    assertThat(diagnostics.path("regime").asString()).isEqualTo(regime);
    assertThat(diagnostics.path("macd").doubleValue())
        .isCloseTo(expected.macd(), within(1e-6 * Math.abs(expected.macd())));
    assertThat(diagnostics.path("signal").doubleValue())
        .isCloseTo(expected.signal(), within(1e-6 * Math.abs(expected.signal())));
    assertThat(diagnostics.path("barsUsed").intValue()).isEqualTo(expected.barsUsed());
    assertThat(diagnostics.path("firstBarDate").asString())
        .isEqualTo(expected.firstDate().toString());
    assertThat(diagnostics.path("lastBarDate").asString())
        .isEqualTo(expected.lastDate().toString());
  }

  /** Whole shares of {@code weight} x NetLiquidation at the gateway's price, toward zero. */
  private BigDecimal shares(BigDecimal netLiq, BigDecimal weight, String symbol) {
    return netLiq.multiply(weight).divide(referencePrice(symbol), 0, RoundingMode.DOWN);
  }

  private static BigDecimal sharesOf(List<Fill> fills) {
    return fills.stream().map(Fill::shares).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal sharesOf(List<Fill> fills, String symbol, OrderSide side) {
    return sharesOf(
        fills.stream()
            .filter(f -> f.contract().symbol().equals(symbol) && f.side() == side)
            .toList());
  }
}
