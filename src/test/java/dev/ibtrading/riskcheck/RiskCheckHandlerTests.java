package dev.ibtrading.riskcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.outcome.Problem;
import dev.ibtrading.paper.PaperAccount;
import dev.ibtrading.paper.PaperMarket;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.TradingBlock;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Risk checks on the paper gateway: what they measure, and when they act or only report. */
class RiskCheckHandlerTests extends PaperRiskTestSupport {
  private static final RiskSettings FLATTEN_ON_LOSS =
      RiskSettings.none()
          .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.05"), RiskAction.FLATTEN);

  @Test
  void everyMeasureIsComputedFromTheAccountPositionsAndQuotes() {
    tradeOnThePreviousSession("SPY", OrderSide.BUY, 100);
    tradeOnThePreviousSession("QQQ", OrderSide.SELL, 50);
    handMadeAaplPosition();
    BigDecimal spyPrice = pinAtCost("SPY", "0.88");
    BigDecimal qqqPrice = pinAtCost("QQQ", "1.03");
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.POSITION_LOSS, new BigDecimal("0.05"), RiskAction.REPORT);

    IntentResult result = run(settings, "risk-measure");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode json = result.result();
    assertThat(value(json, "daily-loss", null)).isCloseTo(expectedDailyLoss(), within(2e-6));
    assertThat(value(json, "gross-leverage", null)).isCloseTo(expectedLeverage(), within(2e-6));
    assertThat(value(json, "position-loss", "SPY"))
        .isCloseTo(1 - spyPrice.doubleValue() / averageCost("SPY").doubleValue(), within(2e-6));
    assertThat(value(json, "position-loss", "QQQ"))
        .isCloseTo(qqqPrice.doubleValue() / averageCost("QQQ").doubleValue() - 1, within(2e-6));
    assertThat(value(json, "margin-cushion", null))
        .isCloseTo(broker.accountSnapshot().cushion().doubleValue(), within(1e-6));
    assertThat(json.path("positions").findValuesAsString("symbol"))
        .containsExactlyInAnyOrder("SPY", "QQQ");
    assertThat(measure(json, "position-loss", "SPY").path("breached").booleanValue()).isTrue();
    assertThat(measure(json, "position-loss", "QQQ").path("breached").booleanValue()).isFalse();
    assertThat(measure(json, "daily-loss", null).get("limit").isNull()).isTrue();
    assertThat(json.path("actionTaken").stringValue()).isEqualTo("report");
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("limit-breached");
    assertThat(result.warnings().get(0).message()).startsWith("position-loss of SPY is 0.12");
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
    assertThat(paper.held("QQQ")).isEqualByComparingTo("-50");
  }

  @Test
  void theKillSwitchMeasuresAndReportsWhatItWouldDo() {
    trade("SPY", OrderSide.BUY, 100);
    OrderReport resting = restingBuy(broker, "QQQ", "earlier-allocation");
    pinAtCost("SPY", "0.9");

    IntentResult result =
        handler(broker, FLATTEN_ON_LOSS).run(context("risk-off", false, TradingBlock.killSwitch()));

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings())
        .extracting(Problem::code)
        .containsExactly("trading-disabled", "limit-breached");
    JsonNode json = result.result();
    assertThat(json.path("action").stringValue()).isEqualTo("flatten");
    assertThat(json.path("actionTaken").stringValue()).isEqualTo("report");
    assertThat(json.path("planned").get(0).path("quantity").decimalValue())
        .isEqualByComparingTo("100");
    assertThat(json.path("toCancel").get(0).path("orderId").intValue())
        .isEqualTo(resting.orderId());
    assertThat(json.path("orders").size()).isZero();
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
    assertThat(openOrderIds()).containsExactly(resting.orderId());
  }

  @Test
  void aDryRunReportsTheActionAndChangesNothing() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    int executions = broker.executions().size();

    IntentResult result = handler(broker, FLATTEN_ON_LOSS).run(context("risk-dry", true, null));

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.result().path("dryRun").booleanValue()).isTrue();
    assertThat(result.result().path("action").stringValue()).isEqualTo("flatten");
    assertThat(result.result().path("actionTaken").stringValue()).isEqualTo("report");
    assertThat(result.result().path("planned").get(0).path("side").stringValue()).isEqualTo("sell");
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
    assertThat(broker.executions()).hasSize(executions);
  }

  @Test
  void aMarketHolidayMeasuresButDoesNotTrade() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    paper.clock.set(Instant.parse("2025-12-25T17:00:00Z"));

    IntentResult result = run(FLATTEN_ON_LOSS, "risk-xmas");

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings().get(0).code()).isEqualTo("market-closed");
    assertThat(result.warnings().get(0).message()).contains("Christmas");
    assertThat(measure(result.result(), "position-loss", "SPY").path("breached").booleanValue())
        .isTrue();
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
  }

  @Test
  void afterTheCloseNoOrderIsSent() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    paper.clock.set(Instant.parse("2025-01-02T21:30:00Z"));

    IntentResult result = run(FLATTEN_ON_LOSS, "risk-late");

    assertThat(result.status()).isEqualTo(OutcomeStatus.SKIPPED);
    assertThat(result.warnings().get(0).message())
        .contains("outside the regular session (09:30-16:00 New York time) at 16:30");
    assertThat(paper.held("SPY")).isEqualByComparingTo("100");
  }

  @Test
  void aRedeliveryAfterARestartReportsTheFirstAttemptAndTradesNothing() {
    trade("SPY", OrderSide.BUY, 100);
    pinAtCost("SPY", "0.9");
    IntentResult first = run(FLATTEN_ON_LOSS, "risk-twice");
    assertThat(first.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(paper.held("SPY")).isZero();
    // The breach is back (say a hand trade); the redelivered run must still not act again.
    int spy = dev.ibtrading.paper.PaperUniverse.bySymbol("SPY").orElseThrow().conId();
    paper
        .gateway
        .account()
        .applyFill("SPY", spy, BigDecimal.TEN, new BigDecimal("600"), BigDecimal.ZERO);
    IbBroker restarted = paper.connect(8);

    IntentResult second =
        handler(restarted, FLATTEN_ON_LOSS).run(context("risk-twice", false, null));

    assertThat(second.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(second.warnings()).extracting(Problem::code).contains("already-placed");
    assertThat(second.result().path("actionTaken").stringValue()).isEqualTo("report");
    JsonNode executions = second.result().path("executions");
    assertThat(executions.size()).isEqualTo(1);
    assertThat(executions.get(0).path("orderRef").stringValue()).isEqualTo("risk-twice");
    assertThat(executions.get(0).path("shares").decimalValue()).isEqualByComparingTo("100");
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
    assertThat(restarted.executions()).hasSameSizeAs(broker.executions());
  }

  @Test
  void noBreachIsOkAndTouchesNothing() {
    trade("SPY", OrderSide.BUY, 10);
    OrderReport resting = restingBuy(broker, "SPY", "earlier-allocation");
    RiskSettings settings =
        RiskSettings.none()
            .with(RiskMeasure.GROSS_LEVERAGE, new BigDecimal("1.5"), RiskAction.FLATTEN)
            .with(RiskMeasure.DAILY_LOSS, new BigDecimal("0.5"), RiskAction.FLATTEN);

    IntentResult result = run(settings, "risk-calm");

    assertThat(result.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(result.warnings()).isEmpty();
    assertThat(result.result().path("action").stringValue()).isEqualTo("report");
    assertThat(result.result().path("toCancel").size()).isZero();
    assertThat(openOrderIds()).containsExactly(resting.orderId());
    assertThat(paper.held("SPY")).isEqualByComparingTo("10");
  }

  /**
   * IB's daily loss, 1 - equity now / equity at the previous close. Nothing was traded today (the
   * positions date from the previous session, AAPL was booked without a trade), so the equity at
   * the previous close is today's cash and quantities at the previous closes.
   */
  private double expectedDailyLoss() {
    PaperAccount account = paper.gateway.account();
    PaperMarket market = paper.gateway.market();
    BigDecimal now = account.cash();
    BigDecimal before = account.cash();
    for (PaperAccount.Holding h : account.holdings()) {
      now = now.add(h.quantity().multiply(BigDecimal.valueOf(market.lastPrice(h.symbol()))));
      before =
          before.add(h.quantity().multiply(BigDecimal.valueOf(market.previousClose(h.symbol()))));
    }
    return 1 - now.divide(before, MathContext.DECIMAL64).doubleValue();
  }

  private double expectedLeverage() {
    PaperAccount account = paper.gateway.account();
    PaperMarket market = paper.gateway.market();
    BigDecimal netLiq = account.cash();
    BigDecimal gross = BigDecimal.ZERO;
    for (PaperAccount.Holding h : account.holdings()) {
      BigDecimal value = h.quantity().multiply(BigDecimal.valueOf(market.lastPrice(h.symbol())));
      netLiq = netLiq.add(value);
      gross = gross.add(value.abs());
    }
    return gross.divide(netLiq, MathContext.DECIMAL64).doubleValue();
  }

  static JsonNode measure(JsonNode result, String measure, String symbol) {
    for (JsonNode m : result.path("measures")) {
      if (m.path("measure").stringValue().equals(measure)
          && (symbol == null
              ? m.get("symbol").isNull()
              : symbol.equals(m.path("symbol").stringValue()))) {
        return m;
      }
    }
    throw new AssertionError("no " + measure + " " + symbol + " in " + result);
  }

  private static double value(JsonNode result, String measure, String symbol) {
    return measure(result, measure, symbol).path("value").doubleValue();
  }
}
