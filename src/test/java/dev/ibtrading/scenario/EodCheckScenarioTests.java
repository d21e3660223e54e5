package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The end-of-day reconciliation through {@code /eod-check} after a morning allocation that filled
 * only in part: the {@code dummy} allocation's SPY order fills its first half and the rest rests
 * (the gateway's second slice would come hours later), and AAPL was bought by hand. At 15:55 the
 * run finds the leftover order, the partial fill and the drift against the day's target.
 */
class EodCheckScenarioTests extends RiskEodScenarioTestBase {
  /** Thursday 2 January 2025, 15:55 in New York: the scheduled run, the session still open. */
  private static final Instant EOD = Instant.parse("2025-01-02T20:55:00Z");

  private static final BigDecimal AAPL = BigDecimal.TEN;
  private static final String UNIVERSE = "{\"strategies\":[\"dummy\",\"spymacdvixy\"]}";

  private Pushed allocation;
  private Fill partialFill;
  private BigDecimal filled;

  @BeforeEach
  void morningAllocationFilledInPart() {
    handTrader().buy("AAPL", AAPL);
    PaperOrderRules.of(paperGateway()).partialFills(2, Duration.ofHours(8));
    allocation = push(Intent.ALLOCATION, UNIVERSE);
    PaperOrderRules.of(paperGateway()).reset();
    assertThat(allocation.status()).as("fixture: allocation").isEqualTo(OutcomeStatus.PARTIAL);
    List<Fill> fills = executionsOf(allocation.runId());
    assertThat(fills).as("fixture: the allocation's first slice").hasSize(1);
    partialFill = fills.get(0);
    filled = held("SPY");
    assertThat(filled).isEqualByComparingTo(partialFill.shares());
    assertThat(openOrdersOf(allocation.runId())).as("fixture: the leftover order").hasSize(1);
    clock.pin(EOD);
  }

  @Test
  void theLeftoverIsCancelledAndThePartialFillAndTheDriftAreReported() {
    BigDecimal ordered = openOrdersOf(allocation.runId()).get(0).request().quantity();
    // dummy (+1) and spymacdvixy (bullish, +1) each size NetLiquidation's worth of SPY: the day's
    // target is what the morning ordered, so the drift is the part that did not fill.
    BigDecimal target =
        netLiquidation()
            .divide(referencePrice("SPY"), 0, RoundingMode.DOWN)
            .multiply(BigDecimal.valueOf(2));

    Pushed run = push(Intent.EOD_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("flatten").booleanValue()).isFalse();
    assertThat(run.result().path("session").path("openAtRun").booleanValue()).isTrue();
    JsonNode leftover = entry(run, "openOrders", "orderRef", allocation.runId());
    assertThat(leftover.path("quantity").decimalValue()).isEqualByComparingTo(ordered);
    assertThat(leftover.path("filled").decimalValue()).isEqualByComparingTo(filled);
    assertThat(leftover.path("remaining").decimalValue())
        .isEqualByComparingTo(ordered.subtract(filled));
    JsonNode cancelled = entry(run, "cancelled", "orderRef", allocation.runId());
    assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
    assertThat(cancelled.path("filled").decimalValue()).isEqualByComparingTo(filled);
    assertThat(openOrdersOf(allocation.runId())).isEmpty();
    JsonNode fill = entry(run, "executions", "execId", partialFill.execId());
    assertThat(fill.path("orderRef").asString()).isEqualTo(allocation.runId());
    assertThat(fill.path("shares").decimalValue()).isEqualByComparingTo(filled);
    assertThat(fill.path("commission").decimalValue())
        .isPositive()
        .isEqualByComparingTo(partialFill.commission());
    assertThat(run.result().path("commissionTotal").decimalValue())
        .isGreaterThanOrEqualTo(partialFill.commission());
    JsonNode drift = entry(run, "drift", "symbol", "SPY");
    assertThat(drift.path("targetQuantity").decimalValue())
        .isEqualByComparingTo(target)
        .isEqualByComparingTo(ordered);
    assertThat(drift.path("position").decimalValue()).isEqualByComparingTo(filled);
    assertThat(drift.path("driftQuantity").decimalValue())
        .isEqualByComparingTo(filled.subtract(ordered))
        .isNegative();
    assertThat(drift.path("beyondTolerance").booleanValue()).isTrue();
    assertThat(run.warningCodes()).contains("drift-beyond-tolerance");
    assertThat(run.result().path("toFlatten")).isEmpty();
    assertThat(entry(run, "unmanagedPositions", "symbol", "AAPL").path("quantity").decimalValue())
        .isEqualByComparingTo(AAPL);
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(filled);
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL);
  }

  @Test
  void flattenCancelsTheLeftoverAndSellsThePartialFillWhileAaplStays() {
    Pushed run = push(Intent.EOD_CHECK, "{\"flatten\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("flatten").booleanValue()).isTrue();
    assertThat(entry(run, "cancelled", "orderRef", allocation.runId()).path("status").asString())
        .isEqualTo("cancelled");
    JsonNode toFlatten = entry(run, "toFlatten", "symbol", "SPY");
    assertThat(toFlatten.path("side").asString()).isEqualTo("sell");
    assertThat(toFlatten.path("quantity").decimalValue()).isEqualByComparingTo(filled);
    assertThat(run.result().path("toFlatten")).hasSize(1);
    JsonNode order = entry(run, "flattenOrders", "symbol", "SPY");
    assertThat(order.path("status").asString()).isEqualTo("filled");
    assertThat(order.path("orderRef").asString()).isEqualTo(run.runId());
    List<Fill> sold = executionsOf(run.runId());
    assertThat(sold)
        .singleElement()
        .satisfies(f -> assertThat(f.side()).isEqualTo(OrderSide.SELL))
        .satisfies(f -> assertThat(f.shares()).isEqualByComparingTo(filled));
    // Both fills of the day are listed, each with its commission.
    assertThat(entry(run, "executions", "execId", partialFill.execId()).path("commission").isNull())
        .isFalse();
    assertThat(entry(run, "executions", "execId", sold.get(0).execId()).path("orderRef").asString())
        .isEqualTo(run.runId());
    assertThat(held("SPY")).isZero();
    assertThat(held("AAPL")).isEqualByComparingTo(AAPL);
    assertThat(handTrader().held("AAPL")).isEqualByComparingTo(AAPL);
    assertThat(broker.openOrders()).isEmpty();
  }
}
