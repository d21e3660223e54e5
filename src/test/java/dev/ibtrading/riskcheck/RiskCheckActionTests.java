package dev.ibtrading.riskcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.run.IntentResult;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each risk action on the paper gateway, with the gateway's state checked afterwards. */
class RiskCheckActionTests extends PaperRiskTestSupport {

  @Test
  void cancelOpenOrdersCancelsOnlyThisWorkersOrdersInManagedInstruments() {
    trade("SPY", OrderSide.BUY, 100);
    OrderReport ownSpy = restingBuy(broker, "SPY", "earlier-allocation");
    OrderReport ownAapl = restingBuy(broker, "AAPL", "by-hand");
    IbBroker otherClient = paper.connect(9);
    OrderReport otherQqq = restingBuy(otherClient, "QQQ", "other-tool");
    pinAtCost("SPY", "0.9");
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.05"), RiskAction.CANCEL_OPEN_ORDERS);

    IntentResult result = run(settings, "risk-cancel");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode json = result.result();
    assertThat(json.path("actionTaken").stringValue()).isEqualTo("cancel-open-orders");
    assertThat(json.path("cancelled").findValuesAsString("status")).containsExactly("cancelled");
    assertThat(json.path("cancelled").get(0).path("orderId").intValue())
        .isEqualTo(ownSpy.orderId());
    assertThat(json.path("orders").size()).isZero();
    assertThat(openOrderIds()).containsExactlyInAnyOrder(ownAapl.orderId(), otherQqq.orderId());
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
  }

  @Test
  void reduceSellsManagedPositionsDownProportionallyToTheLeverageLimit() {
    long spy = tradeWorth("SPY", "1.2");
    long qqq = tradeWorth("QQQ", "-0.6");
    handMadeAaplPosition();
    AccountSnapshot before = broker.accountSnapshot();
    BigDecimal limit = new BigDecimal("1.5");
    RiskSettings settings =
        RiskSettings.none().with(RiskMeasure.GROSS_LEVERAGE, limit, RiskAction.REDUCE);

    IntentResult result = run(settings, "risk-reduce");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(
            RiskCheckHandlerTests.measure(result.result(), "gross-leverage", null)
                .path("actionTaken")
                .stringValue())
        .isEqualTo("reduce");
    AccountSnapshot after = broker.accountSnapshot();
    // At the same prices: gross within the limit of the NetLiquidation the run measured.
    assertThat(after.grossPositionValue())
        .isLessThanOrEqualTo(limit.multiply(before.netLiquidation()));
    assertThat(after.grossPositionValue().doubleValue() / after.netLiquidation().doubleValue())
        .isGreaterThan(1.49);
    double spyKept = paper.held("SPY").doubleValue() / spy;
    double qqqKept = paper.held("QQQ").doubleValue() / qqq;
    assertThat(spyKept).isLessThan(1).isCloseTo(qqqKept, within(2.0 / Math.min(spy, -qqq)));
    assertThat(paper.held("AAPL")).isEqualByComparingTo("10");
    assertThat(broker.executions())
        .filteredOn(f -> f.orderRef().equals("risk-reduce"))
        .extracting(f -> f.contract().symbol())
        .containsExactlyInAnyOrder("SPY", "QQQ");
  }

  @Test
  void reduceClosesThePositionWhoseLossIsBeyondTheLimit() {
    trade("SPY", OrderSide.BUY, 100);
    trade("QQQ", OrderSide.BUY, 40);
    pinAtCost("SPY", "0.85");
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.1"), RiskAction.REDUCE);

    IntentResult result = run(settings, "risk-loss");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isEqualByComparingTo("40");
    JsonNode order = result.result().path("orders").get(0);
    assertThat(order.path("symbol").stringValue()).isEqualTo("SPY");
    assertThat(order.path("side").stringValue()).isEqualTo("sell");
    assertThat(order.path("type").stringValue()).isEqualTo("mkt");
    assertThat(order.path("orderRef").stringValue()).isEqualTo("risk-loss");
    assertThat(order.path("status").stringValue()).isEqualTo("filled");
  }

  @Test
  void reduceFreesMarginUntilTheCushionIsBackAtItsMinimum() {
    tradeWorth("SPY", "2.0");
    tradeWorth("QQQ", "0.8");
    AccountSnapshot before = broker.accountSnapshot();
    BigDecimal minimum = new BigDecimal("0.5");
    assertThat(before.cushion()).isLessThan(minimum);
    RiskSettings settings =
        RiskSettings.none().with(RiskMeasure.MARGIN_CUSHION, minimum, RiskAction.REDUCE);

    IntentResult result = run(settings, "risk-cushion");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    AccountSnapshot after = broker.accountSnapshot();
    // Excess liquidity at the measured equity reaches the minimum; commissions aside.
    BigDecimal excessAtMeasuredEquity =
        before.equityWithLoanValue().subtract(after.maintMarginReq());
    assertThat(excessAtMeasuredEquity)
        .isGreaterThanOrEqualTo(minimum.multiply(before.netLiquidation()));
    assertThat(after.cushion().doubleValue()).isCloseTo(0.5, within(0.01));
  }

  @Test
  void flattenCancelsThenClosesEveryManagedPositionAndLeavesTheRestAlone() {
    trade("SPY", OrderSide.BUY, 100);
    trade("QQQ", OrderSide.SELL, 30);
    handMadeAaplPosition();
    OrderReport ownSpy = restingBuy(broker, "SPY", "earlier-allocation");
    OrderReport ownAapl = restingBuy(broker, "AAPL", "by-hand");
    double previousClose = paper.gateway.market().previousClose("SPY");
    paper.gateway.market().pinPrice("SPY", previousClose * 0.8);
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.DAILY_LOSS, new BigDecimal("0.05"), RiskAction.FLATTEN)
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.1"), RiskAction.REDUCE);

    IntentResult result = run(settings, "risk-flat");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    assertThat(paper.held("QQQ")).isZero();
    assertThat(paper.held("AAPL")).isEqualByComparingTo("10");
    assertThat(openOrderIds()).containsExactly(ownAapl.orderId());
    JsonNode json = result.result();
    assertThat(json.path("action").stringValue()).isEqualTo("flatten");
    assertThat(json.path("cancelled").get(0).path("orderId").intValue())
        .isEqualTo(ownSpy.orderId());
    assertThat(json.path("orders").findValuesAsString("side"))
        .containsExactlyInAnyOrder("sell", "buy");
    assertThat(
            RiskCheckHandlerTests.measure(json, "position-loss", "SPY")
                .path("actionTaken")
                .stringValue())
        .isEqualTo("flatten");
    assertThat(result.warnings())
        .extracting(Problem::code)
        .contains("limit-breached", "actions-combined");
  }

  @Test
  void anOrderStillWorkingWhenTheWaitEndsIsPartial() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    PaperOrderRules.of(paper.gateway).delayFills(Duration.ofMinutes(5));
    RiskSettings settings =
        new RiskSettings(null, null, null, null, Duration.ofMillis(300))
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.05"), RiskAction.FLATTEN);

    IntentResult result = run(settings, "risk-slow");

    assertThat(result.status()).isEqualTo(OutcomeStatus.PARTIAL);
    JsonNode order = result.result().path("orders").get(0);
    assertThat(order.path("status").stringValue()).isIn("submitted", "pre_submitted");
    assertThat(order.path("filled").decimalValue()).isZero();
    assertThat(openOrderIds()).containsExactly(order.path("orderId").intValue());
  }

  @Test
  void aRefusedOrderFailsTheRun() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    PaperOrderRules.of(paper.gateway).rejectWhen(t -> t.symbol().equals("SPY"), "no liquidity");
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.05"), RiskAction.FLATTEN);

    IntentResult result = run(settings, "risk-refused");

    assertThat(result.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(result.errors())
        .extracting(Problem::code)
        .containsAnyOf("order-rejected", "order-refused");
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
  }
}
