package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The caps every account gets without configuring any (issue 15, "Safe defaults for caps"), through
 * {@code /allocation} on the scenario context's settings, which set no cap: one order is worth at
 * most NetLiquidation ({@code allocation.max-order-fraction=1.0}) and the positions together at
 * most NetLiquidation ({@code allocation.max-gross-leverage=1.0}). {@code dummy} wants
 * NetLiquidation's worth of SPY; positions made by hand before the run push it past each cap.
 */
class DefaultCapsScenarioTests extends ScenarioTestBase {
  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Test
  void withoutSettingsAnAllocationIsClippedToGrossLeverageOneAndListsTheCaps() {
    BigDecimal aapl = whole(netLiquidation().divide(BigDecimal.valueOf(2)), referencePrice("AAPL"));
    handTrader().buy("AAPL", aapl);
    AccountSnapshot before = broker.accountSnapshot();
    BigDecimal price = referencePrice("SPY");
    BigDecimal room = before.netLiquidation().subtract(before.grossPositionValue());
    BigDecimal fit = room.divide(price, 0, RoundingMode.FLOOR);

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("wantedQuantity").decimalValue())
        .isEqualByComparingTo(whole(before.netLiquidation(), price));
    assertThat(spy.path("cap").asString()).isEqualTo("max-gross-leverage");
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(run.warningCodes()).containsExactly("max-gross-leverage");
    assertThat(held("SPY")).isEqualByComparingTo(fit);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    AccountSnapshot after = broker.accountSnapshot();
    assertThat(after.grossPositionValue()).isLessThanOrEqualTo(after.netLiquidation());

    BigDecimal limit = before.netLiquidation().setScale(2, RoundingMode.DOWN);
    JsonNode caps = run.result().path("caps");
    assertThat(caps).hasSize(4);
    assertCap(caps.get(0), "allocation.max-order-notional", "none", null);
    assertCap(caps.get(1), "allocation.max-order-fraction", "1.0", limit);
    assertCap(caps.get(2), "allocation.max-position-notional", "none", null);
    assertCap(caps.get(3), "allocation.max-gross-leverage", "1.0", limit);
  }

  @Test
  void withoutSettingsNoOrderIsWorthMoreThanNetLiquidation() {
    BigDecimal price = referencePrice("SPY");
    BigDecimal shortShares = whole(netLiquidation().divide(BigDecimal.valueOf(2)), price);
    handTrader().sell("SPY", shortShares);
    BigDecimal netLiquidation = netLiquidation();
    BigDecimal wanted = whole(netLiquidation, price).add(shortShares);
    BigDecimal fit = whole(netLiquidation.setScale(2, RoundingMode.DOWN), price);
    assertThat(wanted).as("fixture: the order is worth more than the account").isGreaterThan(fit);

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(wanted);
    assertThat(spy.path("cap").asString()).isEqualTo("max-order-fraction");
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(run.problem("max-order-fraction").message())
        .contains("max-order-fraction x NetLiquidation");
    assertThat(held("SPY")).isEqualByComparingTo(fit.subtract(shortShares));
  }

  @Test
  void anEodCheckListsTheCapsInForceToo() {
    Pushed run = push(Intent.EOD_CHECK, "{\"dryRun\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode caps = run.result().path("caps");
    assertThat(caps).hasSize(4);
    assertCap(
        caps.get(3),
        "allocation.max-gross-leverage",
        "1.0",
        netLiquidation().setScale(2, RoundingMode.DOWN));
  }

  private static void assertCap(JsonNode cap, String setting, String value, BigDecimal limit) {
    assertThat(cap.path("setting").asString()).isEqualTo(setting);
    assertThat(cap.path("value").asString()).isEqualTo(value);
    assertThat(cap.path("origin").asString()).isEqualTo("default");
    if (limit == null) {
      assertThat(cap.path("limit").isNull()).as("limit of %s", setting).isTrue();
    } else {
      assertThat(cap.path("limit").decimalValue()).isEqualByComparingTo(limit);
    }
  }

  private static BigDecimal whole(BigDecimal notional, BigDecimal price) {
    return notional.divide(price, 0, RoundingMode.DOWN);
  }
}
