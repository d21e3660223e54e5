package dev.ibtrading.allocation;

import static dev.ibtrading.allocation.AllocationFixture.expectedShares;
import static dev.ibtrading.allocation.AllocationFixture.options;
import static dev.ibtrading.allocation.AllocationFixture.price;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The caps, the order-property allow-list and partial fills, on the paper gateway. */
class AllocationCapsAndOrderTermsTests extends PaperAllocationTestSupport {
  private IntentResult run(AllocationSettings settings, boolean dryRun) {
    return AllocationFixture.handler(broker, settings)
        .run(paper.context("run-caps", options(dryRun, "dummy"), true));
  }

  private static JsonNode planned(IntentResult result) {
    return result.result().path("planned").get(0);
  }

  @Test
  void anOrderWorthMoreThanTheOrderCapIsClipped() {
    BigDecimal fit = new BigDecimal("10000").divide(price(broker, "SPY"), 0, RoundingMode.DOWN);
    IntentResult result =
        run(AllocationSettings.defaults().withCaps(new BigDecimal("10000"), null, null), false);

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isEqualByComparingTo(fit);
    assertThat(planned(result).path("cap").stringValue()).isEqualTo("max-order-notional");
    assertThat(planned(result).path("wantedQuantity").decimalValue())
        .isEqualByComparingTo(expectedShares(broker, "SPY", BigDecimal.ONE));
    assertThat(result.warnings()).extracting(Problem::code).contains("max-order-notional");
  }

  @Test
  void anOrderOnAPositionAlreadyOverThePositionCapIsRefused() {
    BigDecimal price = price(broker, "SPY");
    BigDecimal shares = new BigDecimal("6000").divide(price, 0, RoundingMode.UP);
    int spy = PaperUniverse.bySymbol("SPY").orElseThrow().conId();
    paper.gateway.account().applyFill("SPY", spy, shares, price, BigDecimal.ZERO);

    IntentResult result =
        run(AllocationSettings.defaults().withCaps(null, new BigDecimal("5000"), null), false);

    assertThat(planned(result).path("quantity").decimalValue()).isZero();
    assertThat(planned(result).path("cap").stringValue()).isEqualTo("max-position-notional");
    Problem warning =
        result.warnings().stream()
            .filter(p -> p.code().equals("max-position-notional"))
            .findFirst()
            .orElseThrow();
    assertThat(warning.message()).contains("refused").contains("5000");
    assertThat(paper.held("SPY")).isEqualByComparingTo(shares);
    assertThat(broker.executions()).isEmpty();
  }

  @Test
  void anOrderBeyondTheGrossLeverageCapIsClippedToTheRoomLeft() {
    BigDecimal fit = expectedShares(broker, "SPY", new BigDecimal("0.3"));

    IntentResult result =
        run(AllocationSettings.defaults().withCaps(null, null, new BigDecimal("0.3")), true);

    assertThat(planned(result).path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(planned(result).path("cap").stringValue()).isEqualTo("max-gross-leverage");
    assertThat(result.warnings()).extracting(Problem::code).contains("max-gross-leverage");
  }

  @Test
  void anOrderPropertyOutsideTheAllowListFailsBeforeTrading() {
    IntentResult result =
        AllocationFixture.handler(broker, AllocationSettings.defaults())
            .run(paper.context("run-bad", options("{\"transmit\": false}", "dummy"), true));

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors())
        .extracting(Problem::code)
        .containsExactly("invalid-order-properties");
    assertThat(result.errors().get(0).message()).contains("transmit");
    assertThat(broker.executions()).isEmpty();
    assertThat(broker.openOrders()).isEmpty();
  }

  @Test
  void adaptiveWithALimitOrderIsRefused() {
    IntentResult result =
        AllocationFixture.handler(broker, AllocationSettings.defaults())
            .run(
                paper.context(
                    "run-bad-2",
                    options(
                        "{\"orderType\": \"LMT\", \"limitOffsetBps\": 5, \"adaptivePriority\": \"Urgent\"}",
                        "dummy"),
                    true));

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors().get(0).message()).contains("adaptivePriority").contains("LMT");
    assertThat(broker.openOrders()).isEmpty();
  }

  @Test
  void aLimitOrderLiesItsOffsetAboveTheReferencePriceOnATick() {
    BigDecimal price = price(broker, "SPY");
    BigDecimal limit = price.multiply(new BigDecimal("1.0010")).setScale(2, RoundingMode.FLOOR);

    IntentResult result =
        AllocationFixture.handler(broker, AllocationSettings.defaults())
            .run(
                paper.context(
                    "run-lmt",
                    options("{\"orderType\": \"LMT\", \"limitOffsetBps\": 10}", "dummy"),
                    true));

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(planned(result).path("type").stringValue()).isEqualTo("lmt");
    assertThat(planned(result).path("limitPrice").decimalValue()).isEqualByComparingTo(limit);
    assertThat(paper.held("SPY")).isPositive();
  }

  @Test
  void fillsStillMissingAfterTheFillTimeoutEndPartialWithTheOrderLeftWorking() {
    PaperOrderRules.of(paper.gateway).partialFills(2, Duration.ofMinutes(5));
    AllocationSettings quick = AllocationFixture.settingsWithFillTimeout(Duration.ofMillis(500));

    IntentResult result = run(quick, false);

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    JsonNode order = result.result().path("orders").get(0);
    assertThat(order.path("status").stringValue()).isNotEqualTo("filled");
    assertThat(order.path("filled").decimalValue())
        .isLessThan(order.path("quantity").decimalValue());
    assertThat(broker.openOrders()).extracting(o -> o.request().orderRef()).contains("run-caps");
  }
}
