package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.FxRate;
import dev.ibtrading.broker.FxRateSource;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Our client's FX rates and base currency against the paper gateway over loopback sockets: the
 * pair's IDEALPRO quote midpoint, either way round, and NetLiquidation's currency with the ledger.
 */
class IbBrokerFxRateTests {
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");
  private static final Instant SATURDAY_NOON_NY = Instant.parse("2025-01-04T17:00:00Z");

  private final MarketDataFixture fixture = new MarketDataFixture();

  @AfterEach
  void closeAll() throws Exception {
    fixture.close();
  }

  private PaperGateway chfGateway(Instant now) throws Exception {
    return fixture.gateway(
        PaperGatewayConfig.builder().port(0).slippageBps(0).currency("CHF").build(), now);
  }

  @Test
  void aRateIsTheMidpointOfThePairsQuoteEitherWayRound() throws Exception {
    PaperGateway gateway = chfGateway(FRIDAY_10_NY);
    IbBroker broker = fixture.broker(gateway);
    BigDecimal modelRate = gateway.market().fxRate("USD", "CHF");

    FxRate usdChf = broker.fxRate("USD", "CHF").orElseThrow();
    FxRate chfUsd = broker.fxRate("CHF", "USD").orElseThrow();

    assertThat(usdChf.rate()).isEqualByComparingTo(modelRate);
    assertThat(usdChf.source()).isEqualTo(FxRateSource.MARKET_DATA);
    assertThat(usdChf.detail()).startsWith("USD.CHF on IDEALPRO: bid ").endsWith("(realtime)");
    assertThat(chfUsd.from()).isEqualTo("CHF");
    assertThat(chfUsd.to()).isEqualTo("USD");
    assertThat(chfUsd.rate())
        .isEqualByComparingTo(BigDecimal.ONE.divide(modelRate, MathContext.DECIMAL64));
    assertThat(broker.fxRate("EUR", "USD").orElseThrow().detail()).startsWith("EUR.USD");
    assertThat(broker.fxRate("CHF", "CHF").orElseThrow().source())
        .isEqualTo(FxRateSource.SAME_CURRENCY);
  }

  @Test
  void noBidAndAskWhileFxIsClosedIsNoRate() throws Exception {
    IbBroker broker = fixture.broker(chfGateway(SATURDAY_NOON_NY));

    assertThat(broker.fxRate("USD", "CHF")).isEmpty();
  }

  @Test
  void aCurrencyTheGatewayKnowsNoPairOfIsAPermanentFailure() throws Exception {
    IbBroker broker = fixture.broker(chfGateway(FRIDAY_10_NY));

    assertThatThrownBy(() -> broker.fxRate("USD", "XAU"))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("200");
  }

  @Test
  void theBaseCurrencyIsNetLiquidationsAndTheLedgerListsEachCurrency() throws Exception {
    PaperGateway gateway = chfGateway(FRIDAY_10_NY);
    IbBroker broker = fixture.broker(gateway);
    gateway
        .account()
        .applyFill("SPY", 756733, new BigDecimal("10"), new BigDecimal("500"), BigDecimal.ONE);

    var currency = broker.accountCurrency();

    assertThat(currency.baseCurrency()).isEqualTo("CHF");
    assertThat(broker.accountSnapshot().currency()).isEqualTo("CHF");
    assertThat(currency.balance("CHF").orElseThrow().balance()).isEqualByComparingTo("100000");
    assertThat(currency.balance("USD").orElseThrow().balance()).isEqualByComparingTo("-5001");
    assertThat(currency.rateToBase("USD").orElseThrow().rate())
        .isEqualByComparingTo(gateway.market().fxRate("USD", "CHF"));
  }
}
