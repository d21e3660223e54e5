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
 * IDEALPRO) that moves cash between currencies at the paper rate (EUR 1.08 USD).
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

  private static CashBalance balance(List<CashBalance> balances, String currency) {
    return balances.stream().filter(b -> b.currency().equals(currency)).findFirst().orElseThrow();
  }

  @Test
  void theLedgerReportsEveryCurrencysCashWithItsRateToTheDollar() {
    IbBroker broker = withEuros("5000", PaperTrading.FRIDAY_NOON, true);

    List<CashBalance> balances = broker.cashBalances();

    assertThat(balances).extracting(CashBalance::currency).containsExactly("USD", "EUR");
    assertThat(balance(balances, "USD").balance()).isEqualByComparingTo("100000");
    assertThat(balance(balances, "USD").exchangeRate()).isEqualByComparingTo("1");
    assertThat(balance(balances, "EUR").balance()).isEqualByComparingTo("5000");
    assertThat(balance(balances, "EUR").exchangeRate()).isEqualByComparingTo("1.08");
    // TotalCashValue and NetLiquidation count the euros in dollars.
    assertThat(broker.accountSnapshot().totalCashValue()).isEqualByComparingTo("105400");
    assertThat(broker.accountSnapshot().netLiquidation()).isEqualByComparingTo("105400");
  }

  @Test
  void sellingEurUsdTurnsEurosIntoDollarsAtThePaperRateLessCommission() {
    IbBroker broker = withEuros("5000", PaperTrading.FRIDAY_NOON, true);

    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(
                Contract.currencyPair("EUR", "USD"),
                OrderSide.SELL,
                new BigDecimal("4000"),
                "fx-run"));
    OrderReport done = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.averageFillPrice()).isEqualByComparingTo("1.08");
    List<CashBalance> after = broker.cashBalances();
    assertThat(balance(after, "EUR").balance()).isEqualByComparingTo("1000");
    // 4,000 EUR at 1.08 = 4,320 USD; IB's minimum FX commission, USD 2.00.
    assertThat(balance(after, "USD").balance()).isEqualByComparingTo("104318");
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
    assertThat(balance(broker.cashBalances(), "EUR").balance()).isEqualByComparingTo("4000");
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
    assertThat(balance(broker.cashBalances(), "EUR").balance()).isEqualByComparingTo("5000");
  }
}
