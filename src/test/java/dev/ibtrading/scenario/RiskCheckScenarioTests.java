package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.RiskCheckResults.breached;
import static dev.ibtrading.scenario.RiskCheckResults.measure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The risk check's {@code report}, {@code cancel-open-orders} and {@code reduce} through {@code
 * /risk-check}, each set off by its own breach (limits in {@link RiskEodScenarioTestBase}), with
 * the paper account checked afterwards. {@code dummy} holds about NetLiquidation's worth of SPY
 * (managed); AAPL bought by hand lies outside the universe and is never traded. The daily loss is
 * IB's, against the equity at the previous close: positions bought today lose only their move since
 * their fill, so the cushion and leverage cases breach nothing else, and the daily-loss case holds
 * SPY since yesterday.
 */
class RiskCheckScenarioTests extends RiskEodScenarioTestBase {

  @Test
  void aDailyLossBreachWhoseActionIsReportIsListedAndChangesNothing() {
    BigDecimal aapl = BigDecimal.TEN;
    handTrader().buy("AAPL", aapl);
    // Held since yesterday, as a daily loss is about: bought today, it would lose only its move
    // from today's fill price, which depends on when the test runs.
    BigDecimal spy = heldSinceThePreviousClose("SPY", "1");
    OrderReport ownSpy = restingBuy(broker, "SPY", "allocation:scn-resting");
    // 6% below yesterday's close: a daily loss of about 6%, a position loss inside its 10%.
    double previousClose = paperGateway().market().previousClose("SPY");
    paperGateway().market().pinPrice("SPY", previousClose * 0.94);
    AccountSnapshot account = broker.accountSnapshot();
    BigDecimal dailyLoss =
        BigDecimal.ONE.subtract(
            account
                .equityWithLoanValue()
                .divide(account.previousEquityWithLoanValue(), MathContext.DECIMAL64));

    Pushed run = push(Intent.RISK_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode loss = measure(run, "daily-loss", null);
    assertThat(loss.path("value").decimalValue())
        .isEqualByComparingTo(dailyLoss.setScale(6, RoundingMode.HALF_EVEN))
        .isGreaterThan(new BigDecimal(DAILY_LOSS));
    assertThat(loss.path("limit").decimalValue()).isEqualByComparingTo(DAILY_LOSS);
    assertThat(loss.path("breached").booleanValue()).isTrue();
    assertThat(loss.path("action").asString()).isEqualTo("report");
    assertThat(breached(run)).containsExactly("daily-loss");
    assertThat(run.warningCodes()).containsExactly("limit-breached");
    assertThat(run.problem("limit-breached").message()).startsWith("daily-loss is ");
    assertThat(run.result().path("action").asString()).isEqualTo("report");
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("report");
    assertThat(run.result().path("toCancel")).isEmpty();
    assertThat(run.result().path("planned")).isEmpty();
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(held("SPY")).isEqualByComparingTo(spy);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    assertThat(openPermIds()).containsExactly(ownSpy.permId());
    assertThat(executionsOf(run.runId())).isEmpty();
  }

  @Test
  void aCushionBreachCancelsThisWorkersOpenOrdersInManagedInstrumentsOnly() {
    BigDecimal aapl = handBuysAaplWorth("0.3");
    BigDecimal spy = allocateSpy();
    OrderReport ownSpy = restingBuy(broker, "SPY", "allocation:scn-resting");
    OrderReport ownAapl = restingBuy(broker, "AAPL", "allocation:scn-resting");
    OrderReport handSpy = restingBuy(handTrader().broker(), "SPY", HandTrader.ORDER_REF);
    AccountSnapshot account = broker.accountSnapshot();
    assertThat(account.cushion()).as("fixture: cushion").isLessThan(new BigDecimal(MIN_CUSHION));
    assertThat(leverage(account)).as("fixture: leverage").isLessThan(new BigDecimal(MAX_LEVERAGE));

    Pushed run = push(Intent.RISK_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(breached(run)).containsExactly("margin-cushion");
    assertThat(measure(run, "margin-cushion", null).path("actionTaken").asString())
        .isEqualTo("cancel-open-orders");
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("cancel-open-orders");
    assertThat(run.result().path("toCancel").findValuesAsString("symbol")).containsExactly("SPY");
    JsonNode cancelled = run.result().path("cancelled").get(0);
    assertThat(cancelled.path("permId").longValue()).isEqualTo(ownSpy.permId());
    assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
    assertThat(run.result().path("cancelled")).hasSize(1);
    assertThat(run.result().path("planned")).isEmpty();
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(openPermIds()).containsExactlyInAnyOrder(ownAapl.permId(), handSpy.permId());
    assertThat(held("SPY")).isEqualByComparingTo(spy);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    assertThat(executionsOf(run.runId())).isEmpty();
  }

  @Test
  void aLeverageBreachReducesTheManagedPositionUntilTheLeverageIsAtTheLimit() {
    BigDecimal aapl = handBuysAaplWorth("0.8");
    BigDecimal spy = allocateSpy();
    BigDecimal limit = new BigDecimal(MAX_LEVERAGE);
    assertThat(leverage(broker.accountSnapshot())).as("fixture: leverage").isGreaterThan(limit);

    Pushed run = push(Intent.RISK_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    // Such a book also has too thin a cushion; reduce, the stronger action, is taken once.
    assertThat(breached(run)).containsExactlyInAnyOrder("gross-leverage", "margin-cushion");
    assertThat(run.warningCodes()).contains("actions-combined");
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("reduce");
    assertThat(measure(run, "gross-leverage", null).path("actionTaken").asString())
        .isEqualTo("reduce");
    BigDecimal kept = held("SPY");
    assertThat(kept).isPositive().isLessThan(spy);
    JsonNode planned = entry(run, "planned", "symbol", "SPY");
    assertThat(planned.path("side").asString()).isEqualTo("sell");
    assertThat(planned.path("measure").asString()).isEqualTo("gross-leverage");
    assertThat(planned.path("targetQuantity").decimalValue()).isEqualByComparingTo(kept);
    JsonNode order = run.result().path("orders").get(0);
    assertThat(order.path("status").asString()).isEqualTo("filled");
    assertThat(order.path("type").asString()).isEqualTo("mkt");
    assertThat(order.path("orderRef").asString()).isEqualTo(run.runId());
    List<Fill> sold = executionsOf(run.runId());
    assertThat(sold)
        .allSatisfy(f -> assertThat(f.contract().symbol()).isEqualTo("SPY"))
        .allSatisfy(f -> assertThat(f.side()).isEqualTo(OrderSide.SELL));
    assertThat(sold.stream().map(Fill::shares).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(spy.subtract(kept));
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    AccountSnapshot after = broker.accountSnapshot();
    assertThat(leverage(after)).isLessThanOrEqualTo(limit);
    // Cut no further than needed: one more SPY share would break the limit.
    BigDecimal oneMore = after.grossPositionValue().add(referencePrice("SPY"));
    assertThat(oneMore).isGreaterThan(limit.multiply(after.netLiquidation()));
  }

  private static BigDecimal leverage(AccountSnapshot account) {
    return account.grossPositionValue().divide(account.netLiquidation(), MathContext.DECIMAL64);
  }
}
