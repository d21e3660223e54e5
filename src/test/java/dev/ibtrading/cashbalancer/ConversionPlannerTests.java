package dev.ibtrading.cashbalancer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.CashBalance;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.cashbalancer.CashBalancerResult.Conversion;
import dev.ibtrading.cashbalancer.CashBalancerResult.LeftAlone;
import dev.ibtrading.orders.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionPlannerTests {

  private static CashBalance cash(String currency, String balance, String rate) {
    return new CashBalance(currency, new BigDecimal(balance), new BigDecimal(rate));
  }

  private static CashBalancerSettings settings(
      String threshold, Map<String, BigDecimal> thresholds, String lot, String max) {
    return new CashBalancerSettings(
        new BigDecimal(threshold),
        thresholds,
        new BigDecimal(lot),
        new BigDecimal(max),
        Duration.ofSeconds(60));
  }

  @Test
  void theOriginalsTestVectorSellsThreeThousandUsdChf() {
    // jsarbach/ib-trading cash_balancer: USD 3456 at 2.0 CHF, threshold 2000 CHF -> SELL 3000.
    ConversionPlanner.Plan plan =
        new ConversionPlanner(settings("2000", Map.of(), "1000", "1000000"))
            .plan("CHF", List.of(cash("CHF", "10000", "1"), cash("USD", "3456", "2.0")));

    assertThat(plan.lines()).hasSize(1);
    OrderLine line = plan.lines().get(0);
    assertThat(line.contract().isCurrencyPair()).isTrue();
    assertThat(line.contract().symbol()).isEqualTo("USD");
    assertThat(line.contract().currency()).isEqualTo("CHF");
    assertThat(line.side()).isEqualTo(OrderSide.SELL);
    assertThat(line.quantity()).isEqualByComparingTo("3000");
    Conversion conversion = plan.conversions().get(0);
    assertThat(conversion.pair()).isEqualTo("USD.CHF");
    assertThat(conversion.valueInBaseCurrency()).isEqualByComparingTo("6000");
    assertThat(conversion.remainder()).isEqualByComparingTo("456");
  }

  @Test
  void euroCashInADollarAccountSellsEurUsdInEuros() {
    ConversionPlanner.Plan plan =
        new ConversionPlanner(CashBalancerSettings.defaults())
            .plan("USD", List.of(cash("USD", "100000", "1"), cash("EUR", "5432.10", "1.08")));

    OrderLine line = plan.lines().get(0);
    assertThat(line.contract().longName()).isEqualTo("EUR.USD");
    assertThat(line.side()).isEqualTo(OrderSide.SELL);
    assertThat(line.quantity()).isEqualByComparingTo("5000");
    assertThat(line.price()).isEqualByComparingTo("1.08");
  }

  @Test
  void yenInADollarAccountBuysUsdJpyInDollarsNeverMoreThanHeld() {
    // 800,000 JPY at 0.0067 USD = 5,360 USD: the pair is USD.JPY, bought in whole 1,000 USD.
    ConversionPlanner.Plan plan =
        new ConversionPlanner(CashBalancerSettings.defaults())
            .plan("USD", List.of(cash("JPY", "800000", "0.0067")));

    OrderLine line = plan.lines().get(0);
    assertThat(line.contract().symbol()).isEqualTo("USD");
    assertThat(line.contract().currency()).isEqualTo("JPY");
    assertThat(line.side()).isEqualTo(OrderSide.BUY);
    assertThat(line.quantity()).isEqualByComparingTo("5000");
    assertThat(plan.conversions().get(0).remainder()).isPositive();
  }

  @Test
  void aDebitIsCoveredByBuyingTheCurrency() {
    ConversionPlanner.Plan plan =
        new ConversionPlanner(CashBalancerSettings.defaults())
            .plan("USD", List.of(cash("EUR", "-3500", "1.08")));

    assertThat(plan.lines().get(0).side()).isEqualTo(OrderSide.BUY);
    assertThat(plan.lines().get(0).quantity()).isEqualByComparingTo("3000");
    assertThat(plan.conversions().get(0).remainder()).isEqualByComparingTo("-500");
  }

  @Test
  void smallBalancesUnknownPairsAndTheCapAreLeftAloneWithTheirReason() {
    ConversionPlanner.Plan plan =
        new ConversionPlanner(
                settings("1000", Map.of("GBP", new BigDecimal("50000")), "1000", "6000"))
            .plan(
                "USD",
                List.of(
                    cash("EUR", "500", "1.08"),
                    cash("GBP", "20000", "1.27"),
                    cash("BRL", "90000", "0.18"),
                    cash("CHF", "9000", "1.12"),
                    cash("CAD", "4000", "0.74")));

    assertThat(plan.leftAlone())
        .extracting(LeftAlone::currency, LeftAlone::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("EUR", "below-threshold"),
            org.assertj.core.groups.Tuple.tuple("GBP", "below-threshold"),
            org.assertj.core.groups.Tuple.tuple("BRL", "unknown-pair"),
            org.assertj.core.groups.Tuple.tuple("CAD", "cap-reached"));
    // CHF (10,080 USD) goes first and takes the whole cap: BUY 6,000 USD.CHF, in dollars.
    assertThat(plan.conversions()).hasSize(1);
    Conversion chf = plan.conversions().get(0);
    assertThat(chf.pair()).isEqualTo("USD.CHF");
    assertThat(chf.side()).isEqualTo(OrderSide.BUY);
    assertThat(chf.quantity()).isEqualByComparingTo("6000");
    assertThat(chf.cap()).isEqualTo("max-conversion");
  }
}
