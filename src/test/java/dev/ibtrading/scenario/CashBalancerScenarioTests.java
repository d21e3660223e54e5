package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.outcome.OutcomeStatus;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cash balancer through {@code /cash-balancer} on a paper account in dollars that also holds
 * {@value #EUROS} euros (at the paper FX quote, about 1.08 USD): the euros above the threshold go
 * back to dollars as a SELL of EUR.USD, and the gateway's ledger afterwards is the truth.
 */
@TestPropertySource(properties = "ib.paper.cash-balances.EUR=" + CashBalancerScenarioTests.EUROS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CashBalancerScenarioTests extends ScenarioTestBase {
  static final String EUROS = "5400";
  private static final BigDecimal STARTING_DOLLARS = new BigDecimal("100000");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void eurosAboveTheThresholdAreSoldForDollarsAtTheGatewaysRate() {
    assertThat(cash("EUR")).isEqualByComparingTo(EUROS);
    BigDecimal rate = broker.fxRate("EUR", "USD").orElseThrow().rate();

    Pushed run = push(Intent.CASH_BALANCER, "{}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    JsonNode conversion = run.result().path("conversions").get(0);
    assertThat(run.result().path("baseCurrency").asString()).isEqualTo("USD");
    assertThat(conversion.path("pair").asString()).isEqualTo("EUR.USD");
    assertThat(conversion.path("side").asString()).isEqualTo("sell");
    // Whole lots of 1,000: 5,000 of the 5,400 euros, the 400 left are reported as the remainder.
    assertThat(conversion.path("quantity").decimalValue()).isEqualByComparingTo("5000");
    assertThat(conversion.path("remainder").decimalValue()).isEqualByComparingTo("400");
    // Sized at the ledger's ExchangeRate, which is the quote's midpoint on the paper gateway.
    assertThat(conversion.path("referencePrice").decimalValue()).isEqualByComparingTo(rate);
    List<Fill> fills = executionsOf(run.runId());
    assertThat(fills).hasSize(1);
    assertThat(fills.get(0).contract().isCurrencyPair()).isTrue();
    assertThat(fills.get(0).price()).isEqualByComparingTo(rate);
    // The gateway: 5,000 EUR at about 1.08 = about 5,400 USD, less IB's minimum FX commission of
    // USD 2.00.
    assertThat(cash("EUR")).isEqualByComparingTo("400");
    assertThat(cash("USD"))
        .isEqualByComparingTo(
            STARTING_DOLLARS
                .add(new BigDecimal("5000").multiply(rate))
                .subtract(new BigDecimal("2.00")));
    assertThat(run.result().path("orders").get(0).path("averagePrice").decimalValue())
        .isEqualByComparingTo(rate);
    assertThat(balanceAfter(run, "EUR")).isEqualByComparingTo(cash("EUR"));
    assertThat(balanceAfter(run, "USD")).isEqualByComparingTo(cash("USD"));
  }

  @Test
  void aRedeliveryConvertsNothingAgainEvenWithNewEurosAtTheGateway() {
    Pushed first = push(Intent.CASH_BALANCER, "{}");
    assertThat(first.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(executionsOf(first.runId())).hasSize(1);
    // Euros bought by hand after the run: a second conversion run would sell them.
    buyEurosByHand(new BigDecimal("3000"));
    BigDecimal eurosBefore = cash("EUR");
    assertThat(eurosBefore).isEqualByComparingTo("3400");

    String messageId = first.runId().substring(Intent.CASH_BALANCER.wireName().length() + 1);
    HttpResponse<String> again =
        new PushClient(httpPort, projectIds.getProjectId(), topology)
            .post(Intent.CASH_BALANCER, messageId, "{}", Map.of(), pushHeaders());

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body())).isEqualTo(first.answer());
    assertThat(executionsOf(first.runId())).hasSize(1);
    assertThat(cash("EUR")).isEqualByComparingTo(eurosBefore);
  }

  @Test
  void aDryRunDecidesTheConversionAndPlacesNothing() {
    Pushed run = push(Intent.CASH_BALANCER, "{\"dryRun\":true}");

    assertThat(run.status()).isEqualTo(OutcomeStatus.OK);
    assertThat(run.result().path("dryRun").asBoolean()).isTrue();
    assertThat(run.result().path("conversions")).hasSize(1);
    assertThat(run.result().path("orders")).isEmpty();
    assertThat(run.result().path("balancesAfter").isNull()).isTrue();
    assertThat(executionsOf(run.runId())).isEmpty();
    assertThat(cash("EUR")).isEqualByComparingTo(EUROS);
    assertThat(cash("USD")).isEqualByComparingTo(STARTING_DOLLARS);
  }

  @Test
  void anUnknownOptionIsRejectedAndConvertsNothing() {
    Pushed run = push(Intent.CASH_BALANCER, "{\"threshold\":0}");

    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.status()).isEqualTo(OutcomeStatus.REJECTED);
    assertThat(run.errorCodes()).containsExactly("invalid-options");
    assertThat(cash("EUR")).isEqualByComparingTo(EUROS);
  }

  /** The account's cash in {@code currency} at the gateway now; 0 when it holds none. */
  private BigDecimal cash(String currency) {
    return broker.accountCurrency().cash().stream()
        .filter(b -> b.currency().equals(currency))
        .map(CashBalance::balance)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  private static BigDecimal balanceAfter(Pushed run, String currency) {
    for (JsonNode balance : run.result().path("balancesAfter")) {
      if (balance.path("currency").asString().equals(currency)) {
        return balance.path("balance").decimalValue();
      }
    }
    throw new AssertionError("no " + currency + " in balancesAfter of " + run.runId());
  }

  private void buyEurosByHand(BigDecimal euros) {
    IbBroker hand = handTrader().broker();
    OrderReport placed =
        hand.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "USD"), OrderSide.BUY, euros, HandTrader.ORDER_REF));
    assertThat(hand.awaitOrder(placed.orderId(), Duration.ofSeconds(30)).status())
        .isEqualTo(OrderStatus.FILLED);
  }
}
