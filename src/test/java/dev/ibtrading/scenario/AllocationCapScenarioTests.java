package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static dev.ibtrading.scenario.AllocationResults.targetQuantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Each allocation cap acting on a {@code dummy} run through {@code /allocation}: the order is
 * clipped or refused, the planned order and a warning name the cap and say why, and the paper
 * account holds what the capped order bought. With 100,000 of NetLiquidation and SPY near 509,
 * {@code dummy}'s whole-capital SPY order (about 196 shares) breaks the order cap of 40,000 first;
 * the position cap (60,000) and the gross leverage cap (0.9) are made to act by positions bought by
 * hand before the run.
 */
@TestPropertySource(
    properties = {
      "allocation.max-order-notional=" + AllocationCapScenarioTests.MAX_ORDER,
      "allocation.max-position-notional=" + AllocationCapScenarioTests.MAX_POSITION,
      "allocation.max-gross-leverage=" + AllocationCapScenarioTests.MAX_LEVERAGE
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AllocationCapScenarioTests extends ScenarioTestBase {
  static final String MAX_ORDER = "40000";
  static final String MAX_POSITION = "60000";
  static final String MAX_LEVERAGE = "0.9";
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Test
  void anOrderWorthMoreThanTheOrderCapIsClippedToIt() {
    BigDecimal price = referencePrice("SPY");
    BigDecimal wanted = whole(netLiquidation(), price);
    BigDecimal fit = whole(new BigDecimal(MAX_ORDER), price);

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("cap").asString()).isEqualTo("max-order-notional");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(wanted);
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(run.warningCodes()).containsExactly("max-order-notional");
    assertThat(run.problem("max-order-notional").message())
        .contains("SPY")
        .contains(wanted.toPlainString() + " shares")
        .contains("worth more than " + MAX_ORDER);
    assertThat(held("SPY")).isEqualByComparingTo(fit);
    assertThat(bought(run)).isEqualByComparingTo(fit);
  }

  @Test
  void anOrderOnAPositionAlreadyOverThePositionCapIsRefused() {
    BigDecimal price = referencePrice("SPY");
    BigDecimal over = whole(new BigDecimal(MAX_POSITION), price).add(BigDecimal.valueOf(3));
    handTrader().buy("SPY", over);
    BigDecimal wanted = whole(netLiquidation(), price).subtract(over);
    assertThat(wanted.multiply(price))
        .as("fixture: the order alone fits the order cap")
        .isLessThan(new BigDecimal(MAX_ORDER));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("cap").asString()).isEqualTo("max-position-notional");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(wanted);
    assertThat(spy.path("quantity").decimalValue()).isZero();
    assertThat(run.warningCodes()).containsExactly("max-position-notional");
    assertThat(run.problem("max-position-notional").message())
        .contains("refused")
        .contains("worth more than " + MAX_POSITION);
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(over);
  }

  @Test
  void anOrderBeyondTheGrossLeverageCapIsClippedToTheRoomLeft() {
    BigDecimal aapl = whole(new BigDecimal("70000"), referencePrice("AAPL"));
    handTrader().buy("AAPL", aapl);
    AccountSnapshot before = broker.accountSnapshot();
    BigDecimal price = referencePrice("SPY");
    BigDecimal room =
        new BigDecimal(MAX_LEVERAGE)
            .multiply(before.netLiquidation())
            .subtract(before.grossPositionValue());
    BigDecimal fit = room.divide(price, 0, RoundingMode.FLOOR);
    assertThat(fit)
        .as("fixture: the leverage cap leaves less than the order cap")
        .isPositive()
        .isLessThan(whole(new BigDecimal(MAX_ORDER), price));

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(targetQuantity(run, "SPY"))
        .isEqualByComparingTo(whole(before.netLiquidation(), price));
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("cap").asString()).isEqualTo("max-gross-leverage");
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(run.warningCodes()).contains("max-gross-leverage");
    assertThat(run.problem("max-gross-leverage").message())
        .contains("clipped to " + fit.toPlainString() + " shares")
        .contains("gross position value would exceed");
    assertThat(held("SPY")).isEqualByComparingTo(fit);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    AccountSnapshot after = broker.accountSnapshot();
    assertThat(after.grossPositionValue())
        .isLessThanOrEqualTo(new BigDecimal(MAX_LEVERAGE).multiply(after.netLiquidation()));
  }

  private BigDecimal bought(Pushed run) {
    return executionsOf(run.runId()).stream()
        .map(Fill::shares)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal whole(BigDecimal notional, BigDecimal price) {
    return notional.divide(price, 0, RoundingMode.DOWN);
  }
}
