package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Currency conversions through the TWS client on the paper gateway: the account's cash per currency
 * as the ledger reports it ({@code $LEDGER:ALL}), and an order for a currency pair (secType CASH on
 * IDEALPRO) that moves cash between currencies at the midpoint of the paper FX quote, while the
 * currency market trades.
 */
class CurrencyConversionTests {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private PaperTrading paper;

  @AfterEach
  void stop() {
    if (paper != null) {
      paper.close();
    }
  }

  private IbBroker withEuros(String euros, Instant now, boolean alwaysOpen) {
    PaperGatewayConfig base =
        alwaysOpen ? PaperGatewayConfig.forTests() : PaperTrading.marketHoursConfig();
    paper =
        PaperTrading.start(
            base.toBuilder().cashBalances(Map.of("EUR", new BigDecimal(euros))).build(), now);
    return paper.connect(7);
  }

  /** The paper market's EUR.USD rate now, as the broker reads it from the pair's quote. */
  private static BigDecimal eurUsd(IbBroker broker) {
    return broker.fxRate("EUR", "USD").orElseThrow().rate();
  }

  private static CashBalance balance(List<CashBalance> balances, String currency) {
    return balances.stream().filter(b -> b.currency().equals(currency)).findFirst().orElseThrow();
  }

  @Test
  void theLedgerReportsEveryCurrencysCashWithItsRateToTheDollar() {
    IbBroker broker = withEuros("5000", PaperTrading.FRIDAY_NOON, true);
    BigDecimal rate = eurUsd(broker);

    List<CashBalance> balances = broker.accountCurrency().cash();

    assertThat(balances).extracting(CashBalance::currency).containsExactly("USD", "EUR");
    assertThat(balance(balances, "USD").balance()).isEqualByComparingTo("100000");
    assertThat(balance(balances, "USD").exchangeRate()).isEqualByComparingTo("1");
    assertThat(balance(balances, "EUR").balance()).isEqualByComparingTo("5000");
    assertThat(balance(balances, "EUR").exchangeRate()).isEqualByComparingTo(rate);
    // TotalCashValue and NetLiquidation count the euros in dollars, at the same rate.
    BigDecimal total = new BigDecimal("100000").add(new BigDecimal("5000").multiply(rate));
    assertThat(broker.accountSnapshot().totalCashValue()).isEqualByComparingTo(total);
    assertThat(broker.accountSnapshot().netLiquidation()).isEqualByComparingTo(total);
  }

  @Test
  void sellingEurUsdTurnsEurosIntoDollarsAtTheQuoteMidpointLessCommission() {
    IbBroker broker = withEuros("5000", PaperTrading.FRIDAY_NOON, true);
    BigDecimal rate = eurUsd(broker);

    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "USD"),
                OrderSide.SELL,
                new BigDecimal("4000"),
                "fx-run"));
    OrderReport done = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.averageFillPrice()).isEqualByComparingTo(rate);
    List<CashBalance> after = broker.accountCurrency().cash();
    assertThat(balance(after, "EUR").balance()).isEqualByComparingTo("1000");
    // 4,000 EUR at about 1.08 = about 4,320 USD; IB's minimum FX commission, USD 2.00.
    assertThat(balance(after, "USD").balance())
        .isEqualByComparingTo(
            new BigDecimal("100000")
                .add(new BigDecimal("4000").multiply(rate))
                .subtract(new BigDecimal("2.00")));
    Fill fill =
        broker.executions().stream()
            .filter(f -> f.orderRef().equals("fx-run"))
            .findFirst()
            .orElseThrow();
    assertThat(fill.contract().isCurrencyPair()).isTrue();
    assertThat(fill.contract().symbol()).isEqualTo("EUR");
    assertThat(fill.contract().currency()).isEqualTo("USD");
    assertThat(fill.side()).isEqualTo(OrderSide.SELL);
    assertThat(fill.shares()).isEqualByComparingTo("4000");
    assertThat(fill.commission()).isEqualByComparingTo("2.00");
    assertThat(broker.positions()).as("a conversion books no position").isEmpty();
  }

  @Test
  void aConversionFillsOutsideTheStockMarketsHours() {
    IbBroker broker = withEuros("5000", PaperTrading.THURSDAY_NIGHT, false);

    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "USD"),
                OrderSide.SELL,
                new BigDecimal("1000"),
                "fx-night"));

    assertThat(broker.awaitOrder(placed.orderId(), WAIT).status()).isEqualTo(OrderStatus.FILLED);
    assertThat(balance(broker.accountCurrency().cash(), "EUR").balance())
        .isEqualByComparingTo("4000");
  }

  @Test
  void aPairThePaperAccountCannotHoldIsRefusedWith200() {
    IbBroker broker = withEuros("5000", PaperTrading.FRIDAY_NOON, true);

    OrderReport report =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "PLN"),
                OrderSide.SELL,
                new BigDecimal("1000"),
                "fx-pln"));

    assertThat(report.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(report.lastError()).startsWith("200");
    assertThat(balance(broker.accountCurrency().cash(), "EUR").balance())
        .isEqualByComparingTo("5000");
  }

  @Test
  void aConversionWaitsWhileTheCurrencyMarketIsClosedAndFillsWhenItOpens() {
    // Saturday 2025-01-04 12:00 New York: IDEALPRO is closed until Sunday 17:15.
    IbBroker broker = withEuros("5000", Instant.parse("2025-01-04T17:00:00Z"), false);

    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "USD"),
                OrderSide.SELL,
                new BigDecimal("1000"),
                "fx-weekend"));
    paper.gateway.tickOrders();

    assertThat(broker.openOrders())
        .filteredOn(o -> o.orderId() == placed.orderId())
        .extracting(OrderReport::status)
        .hasSize(1)
        .doesNotContain(OrderStatus.FILLED, OrderStatus.CANCELLED);
    assertThat(balance(broker.accountCurrency().cash(), "EUR").balance())
        .isEqualByComparingTo("5000");

    paper.clock.set(Instant.parse("2025-01-05T22:30:00Z")); // Sunday 17:30 New York
    paper.gateway.tickOrders();

    assertThat(broker.awaitOrder(placed.orderId(), WAIT).status()).isEqualTo(OrderStatus.FILLED);
    assertThat(balance(broker.accountCurrency().cash(), "EUR").balance())
        .isEqualByComparingTo("4000");
  }

  @Test
  void aChfAccountSellsEurChfAtTheQuoteAndPaysTheCommissionInDollars() {
    paper =
        PaperTrading.start(
            PaperGatewayConfig.forTests().toBuilder()
                .currency("CHF")
                .cashBalances(Map.of("EUR", new BigDecimal("5000")))
                .build(),
            PaperTrading.FRIDAY_NOON);
    IbBroker broker = paper.connect(7);
    BigDecimal rate = broker.fxRate("EUR", "CHF").orElseThrow().rate();
    assertThat(broker.accountCurrency().baseCurrency()).isEqualTo("CHF");
    assertThat(balance(broker.accountCurrency().cash(), "EUR").exchangeRate())
        .isEqualByComparingTo(rate);

    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "CHF"),
                OrderSide.SELL,
                new BigDecimal("5000"),
                "fx-chf"));

    assertThat(broker.awaitOrder(placed.orderId(), WAIT).averageFillPrice())
        .isEqualByComparingTo(rate);
    List<CashBalance> after = broker.accountCurrency().cash();
    assertThat(balance(after, "EUR").balance()).isEqualByComparingTo("0");
    assertThat(balance(after, "CHF").balance())
        .isEqualByComparingTo(new BigDecimal("100000").add(new BigDecimal("5000").multiply(rate)));
    // IB's minimum FX commission, USD 2.00, as the commission report states it: a dollar debit.
    assertThat(balance(after, "USD").balance()).isEqualByComparingTo("-2.00");
  }
}
