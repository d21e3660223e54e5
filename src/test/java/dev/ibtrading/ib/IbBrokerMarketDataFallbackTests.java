package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.paper.MarketDataEntitlement;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.TestGatewayConfigs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quotes from a paper account without market data subscriptions ({@code --market-data none}) over
 * real sockets: the real-time request's 10089 and the client's fallback to delayed data.
 */
class IbBrokerMarketDataFallbackTests {
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");
  private static final Instant SATURDAY = Instant.parse("2025-01-04T17:00:00Z");

  private final MarketDataFixture fixture = new MarketDataFixture();

  @AfterEach
  void closeAll() throws Exception {
    fixture.close();
  }

  @Test
  void aRealTimeQuoteWithoutSubscriptionFallsBackToDelayedData() throws Exception {
    PaperGateway gateway = gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY);
    IbBroker broker = broker(gateway, MarketDataType.REALTIME, true);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    Quote quote = broker.quote(spy);

    double fifteenMinutesAgo =
        gateway.market().priceAt("SPY", FRIDAY_10_NY.minus(Duration.ofMinutes(15)));
    assertThat(quote.dataType()).isEqualTo(MarketDataType.DELAYED);
    assertThat(quote.last()).isEqualTo(BigDecimal.valueOf(fifteenMinutesAgo));
  }

  @Test
  void theFallbackIsAskedAgainForEachQuote() throws Exception {
    IbBroker broker = broker(gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY), null, true);
    Contract spy = broker.contract(Instrument.usStock("SPY"));
    Contract vixy = broker.contract(Instrument.usStock("VIXY"));

    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.DELAYED);
    assertThat(broker.quote(vixy).dataType()).isEqualTo(MarketDataType.DELAYED);
    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.DELAYED);
  }

  @Test
  void withoutTheFallbackTheQuoteFailsWithIbsError() throws Exception {
    IbBroker broker =
        broker(
            gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY), MarketDataType.REALTIME, false);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    assertThatThrownBy(() -> broker.quote(spy))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("10089")
        .hasMessageContaining("Delayed market data is available");
  }

  @Test
  void frozenFallsBackToDelayedFrozenAfterTheClose() throws Exception {
    IbBroker broker =
        broker(
            gateway(TestGatewayConfigs.config(42, null, false), SATURDAY),
            MarketDataType.FROZEN,
            true);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.DELAYED_FROZEN);
  }

  @Test
  void aConfiguredDelayedTypeNeedsNoFallback() throws Exception {
    IbBroker broker =
        broker(gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY), MarketDataType.DELAYED, false);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.DELAYED);
  }

  private PaperGateway gateway(PaperGatewayConfig config, Instant now) throws Exception {
    return fixture.gateway(config.toBuilder().marketData(MarketDataEntitlement.NONE).build(), now);
  }

  /**
   * A broker asking for {@code type} (null: the default constructor's) with or without fallback.
   */
  private IbBroker broker(PaperGateway gateway, MarketDataType type, boolean fallback) {
    IbClient client = fixture.connect(gateway);
    return type == null ? new IbBroker(client, "") : new IbBroker(client, "", type, fallback);
  }
}
