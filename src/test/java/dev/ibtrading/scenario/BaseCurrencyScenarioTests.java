package dev.ibtrading.scenario;

import static dev.ibtrading.scenario.AllocationResults.planned;
import static dev.ibtrading.scenario.AllocationResults.targetQuantity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.paper.PaperAccount;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A paper account based in Swiss francs ({@code ib.paper.currency=CHF}) allocating into US dollar
 * stocks through {@code /allocation}: NetLiquidation is in francs, SPY is priced in dollars, and
 * the worker sizes at the gateway's USD.CHF rate. The test computes the expected shares itself from
 * the gateway's rate (its FX model, which its USD.CHF quote and account values show) and
 * NetLiquidation, and takes the gateway's positions and cash as the truth: the dollar cost settles
 * in dollars, a negative dollar balance, the franc balance untouched.
 */
@TestPropertySource(
    properties = {
      "ib.paper.currency=CHF",
      "allocation.max-order-notional=" + BaseCurrencyScenarioTests.MAX_ORDER_CHF,
      "risk.gross-leverage.limit=" + BaseCurrencyScenarioTests.MAX_LEVERAGE,
      "risk.gross-leverage.action=reduce",
      "allocation.fill-timeout=2s"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BaseCurrencyScenarioTests extends ScenarioTestBase {
  /** A cap in francs that a whole-capital SPY order (about 100,000 CHF) breaks. */
  static final String MAX_ORDER_CHF = "40000";

  static final String MAX_LEVERAGE = "0.5";

  private static final String DUMMY = "{\"strategies\":[\"dummy\"]}";

  @Test
  void aChfAccountSizesUsdStocksAtTheGatewaysRateAndSettlesThemInDollars() {
    AccountSnapshot before = broker.accountSnapshot();
    assertThat(before.currency()).isEqualTo("CHF");
    BigDecimal rate = paperGateway().market().fxRate("USD", "CHF");
    assertThat(rate)
        .as("USD.CHF of the paper FX model")
        .isBetween(new BigDecimal("0.8"), BigDecimal.ONE);
    BigDecimal price = referencePrice("SPY");
    BigDecimal wanted = before.netLiquidation().divide(price.multiply(rate), 0, RoundingMode.DOWN);
    BigDecimal fit =
        new BigDecimal(MAX_ORDER_CHF).divide(price.multiply(rate), 0, RoundingMode.DOWN);
    Instant start = Instant.now();

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode result = run.result();
    assertThat(result.path("baseCurrency").asString()).isEqualTo("CHF");
    assertThat(result.path("fxRates")).hasSize(1);
    JsonNode used = result.path("fxRates").get(0);
    assertThat(used.path("from").asString()).isEqualTo("USD");
    assertThat(used.path("to").asString()).isEqualTo("CHF");
    assertThat(used.path("rate").decimalValue()).isEqualByComparingTo(rate);
    assertThat(used.path("source").asString()).isEqualTo("market-data");
    assertThat(used.path("detail").asString()).startsWith("USD.CHF on IDEALPRO: bid ");
    assertThat(Instant.parse(used.path("asOf").asString())).isAfterOrEqualTo(start.minusSeconds(1));
    assertThat(targetQuantity(run, "SPY")).isEqualByComparingTo(wanted);
    JsonNode spy = planned(run, "SPY");
    assertThat(spy.path("wantedQuantity").decimalValue()).isEqualByComparingTo(wanted);
    assertThat(spy.path("referencePrice").decimalValue()).isEqualByComparingTo(price);
    assertThat(spy.path("cap").asString()).isEqualTo("max-order-notional");
    assertThat(spy.path("quantity").decimalValue()).isEqualByComparingTo(fit);
    assertThat(run.problem("max-order-notional").message())
        .contains("worth more than " + MAX_ORDER_CHF);

    assertThat(held("SPY")).isEqualByComparingTo(fit);
    BigDecimal paid =
        executionsOf(run.runId()).stream()
            .map(f -> f.shares().multiply(f.price()).add(commission(f)))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    PaperAccount account = paperGateway().account();
    assertThat(account.cash("USD")).isCloseTo(paid.negate(), Offset.offset(new BigDecimal("0.01")));
    assertThat(account.cash("CHF")).isEqualByComparingTo(before.totalCashValue());
    AccountSnapshot after = broker.accountSnapshot();
    assertThat(after.currency()).isEqualTo("CHF");
    assertThat(after.grossPositionValue())
        .isCloseTo(
            fit.multiply(referencePrice("SPY")).multiply(rate),
            Offset.offset(new BigDecimal("0.01")));
  }

  @Test
  void theLedgerShowsTheDollarLoanAndTheRateTheRunUsed() {
    push(Intent.ALLOCATION, DUMMY);

    var currency = broker.accountCurrency();
    assertThat(currency.baseCurrency()).isEqualTo("CHF");
    BigDecimal rate = paperGateway().market().fxRate("USD", "CHF");
    var usd = currency.balance("USD").orElseThrow();
    assertThat(usd.balance()).isNegative();
    assertThat(usd.exchangeRate()).isEqualByComparingTo(rate.setScale(7, RoundingMode.HALF_EVEN));
    assertThat(currency.balance("CHF").orElseThrow().exchangeRate()).isEqualByComparingTo("1");
  }

  @Test
  void withoutAnFxQuoteTheRunIsRefusedAndPlacesNothing() {
    paperGateway().market().closeFx();

    Pushed run = push(Intent.ALLOCATION, DUMMY);

    assertThat(run.status()).isEqualTo(OutcomeStatus.FAILED);
    assertThat(run.errorCodes()).containsExactly("stale-market-data");
    assertThat(run.problem("stale-market-data").message())
        .contains("SPY: no exchange rate USD->CHF")
        .contains("nothing is traded");
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(openOrdersOf(run.runId())).isEmpty();
    assertThat(held("SPY")).isZero();
  }

  /**
   * The risk check values the managed dollar position in francs, as GrossPositionValue and
   * NetLiquidation are: it cuts SPY just to the leverage limit, no further (valued in dollars, the
   * position would look 13 % bigger and be cut too far).
   */
  @Test
  void theRiskCheckReducesADollarPositionToTheLimitInFrancs() {
    push(Intent.ALLOCATION, DUMMY);
    BigDecimal rate = paperGateway().market().fxRate("USD", "CHF");
    BigDecimal aapl =
        netLiquidation()
            .multiply(new BigDecimal("0.3"))
            .divide(referencePrice("AAPL").multiply(rate), 0, RoundingMode.DOWN);
    handTrader().buy("AAPL", aapl);
    BigDecimal limit = new BigDecimal(MAX_LEVERAGE);
    AccountSnapshot before = broker.accountSnapshot();
    assertThat(before.grossPositionValue())
        .as("fixture: leverage above the limit")
        .isGreaterThan(limit.multiply(before.netLiquidation()));
    BigDecimal spy = held("SPY");

    Pushed run = push(Intent.RISK_CHECK, "{}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("actionTaken").asString()).isEqualTo("reduce");
    BigDecimal kept = held("SPY");
    assertThat(kept).isPositive().isLessThan(spy);
    assertThat(held("AAPL")).isEqualByComparingTo(aapl);
    AccountSnapshot after = broker.accountSnapshot();
    assertThat(after.grossPositionValue())
        .isLessThanOrEqualTo(limit.multiply(after.netLiquidation()));
    BigDecimal oneMoreShare = referencePrice("SPY").multiply(rate);
    assertThat(after.grossPositionValue().add(oneMoreShare))
        .as("one more SPY share, in francs, would break the limit")
        .isGreaterThan(limit.multiply(after.netLiquidation()));
  }

  /** Eod-check values the drift in francs, as its tolerance (a fraction of NetLiquidation) is. */
  @Test
  void eodCheckValuesTheDriftInFrancs() {
    push(Intent.ALLOCATION, DUMMY); // clipped by the order cap: a drift is left
    BigDecimal rate = paperGateway().market().fxRate("USD", "CHF");
    BigDecimal chfPrice = referencePrice("SPY").multiply(rate);

    Pushed run = push(Intent.EOD_CHECK, "{\"dryRun\":true}");

    JsonNode drift = RiskEodScenarioTestBase.entry(run, "drift", "symbol", "SPY");
    assertThat(drift.path("price").decimalValue()).isEqualByComparingTo(chfPrice);
    assertThat(drift.path("driftValue").decimalValue())
        .isEqualByComparingTo(drift.path("driftQuantity").decimalValue().multiply(chfPrice));
    assertThat(drift.path("driftQuantity").decimalValue()).isNegative();
  }

  private static BigDecimal commission(Fill fill) {
    return fill.commission() == null ? BigDecimal.ZERO : fill.commission();
  }
}
