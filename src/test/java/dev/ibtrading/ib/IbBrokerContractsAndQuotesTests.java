package dev.ibtrading.ib;

import static dev.ibtrading.paper.TestGatewayConfigs.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.ib.message.ContractDataEnd;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperMarket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Our client against our paper gateway over loopback sockets: contract details and snapshot quotes.
 */
class IbBrokerContractsAndQuotesTests {
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");
  private static final LocalDate FRIDAY = LocalDate.of(2025, 1, 3);
  private static final LocalDate THURSDAY = LocalDate.of(2025, 1, 2);

  private final MarketDataFixture fixture = new MarketDataFixture();

  @AfterEach
  void closeAll() throws Exception {
    fixture.close();
  }

  @Test
  void qualifiesEtfsAndStocksWithConIdPrimaryExchangeAndMinTick() throws Exception {
    IbBroker broker = fixture.broker(FRIDAY_10_NY);

    Contract spy = broker.contract(Instrument.usStock("SPY"));
    Contract aapl = broker.contract(new Instrument("aapl", "USD", "NASDAQ"));

    assertThat(spy)
        .isEqualTo(
            new Contract(
                756733, "SPY", "USD", "ARCA", new BigDecimal("0.01"), "SPDR S&P 500 ETF TRUST"));
    assertThat(aapl.conId()).isEqualTo(265598);
    assertThat(aapl.primaryExchange()).isEqualTo("NASDAQ");
    assertThat(aapl.minTick()).isEqualByComparingTo("0.01");
  }

  @Test
  void anUnknownSymbolIsAPermanentFailureWith200AndNoEndMessage() throws Exception {
    PaperGateway gateway = fixture.gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY);
    IbClient client = fixture.connect(gateway);
    List<Object> ends = new CopyOnWriteArrayList<>();
    client.addListener(
        m -> {
          if (m instanceof ContractDataEnd) {
            ends.add(m);
          }
        });
    IbBroker broker = new IbBroker(client, "");

    assertThatThrownBy(() -> broker.contract(Instrument.usStock("ZZZZ")))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("200")
        .hasMessageContaining("ZZZZ")
        .hasMessageContaining("No security definition");
    assertThatThrownBy(() -> broker.contract(new Instrument("SPY", "USD", "NASDAQ")))
        .hasMessageContaining("200");
    broker.currentTime(); // one more round trip: an END after the error would have arrived by now
    assertThat(ends).isEmpty();
  }

  @Test
  void aLiveSnapshotIsTheSimulatedQuoteNow() throws Exception {
    PaperGateway gateway = fixture.gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY);
    IbBroker broker = fixture.broker(gateway);
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    Quote quote = broker.quote(spy);

    PaperMarket.Quote simulated = gateway.market().quote("SPY");
    assertThat(quote.contract()).isEqualTo(spy);
    assertThat(quote.dataType()).isEqualTo(MarketDataType.REALTIME);
    assertThat(quote.bid()).isEqualTo(BigDecimal.valueOf(simulated.bid()));
    assertThat(quote.ask()).isEqualTo(BigDecimal.valueOf(simulated.ask()));
    assertThat(quote.last()).isEqualTo(BigDecimal.valueOf(simulated.last()));
    assertThat(quote.close()).isEqualTo(BigDecimal.valueOf(gateway.market().previousClose("SPY")));
    assertThat(quote.bid()).isLessThan(quote.last());
    assertThat(quote.ask()).isGreaterThan(quote.last());
  }

  @Test
  void aDelayedSnapshotIsFifteenMinutesOldInDelayedTickTypes() throws Exception {
    PaperGateway gateway = fixture.gateway(PaperGatewayConfig.forTests(), FRIDAY_10_NY);
    IbBroker broker = fixture.broker(gateway);
    Contract aapl = broker.contract(Instrument.usStock("AAPL"));

    broker.setMarketDataType(MarketDataType.DELAYED);
    Quote delayed = broker.quote(aapl);
    broker.setMarketDataType(MarketDataType.REALTIME);
    Quote live = broker.quote(aapl);

    double fifteenMinutesAgo =
        gateway.market().priceAt("AAPL", FRIDAY_10_NY.minus(Duration.ofMinutes(15)));
    assertThat(delayed.dataType()).isEqualTo(MarketDataType.DELAYED);
    assertThat(delayed.last()).isEqualTo(BigDecimal.valueOf(fifteenMinutesAgo));
    assertThat(live.dataType()).isEqualTo(MarketDataType.REALTIME);
    assertThat(live.last()).isEqualTo(BigDecimal.valueOf(gateway.market().lastPrice("AAPL")));
    assertThat(live.last()).isNotEqualTo(delayed.last());
  }

  @Test
  void frozenDataIsReportedAsFrozenWhileTheMarketIsClosed() throws Exception {
    Instant saturday = Instant.parse("2025-01-04T17:00:00Z");
    IbBroker broker = fixture.broker(fixture.gateway(config(42, null, false), saturday));
    Contract spy = broker.contract(Instrument.usStock("SPY"));

    broker.setMarketDataType(MarketDataType.FROZEN);
    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.FROZEN);
    broker.setMarketDataType(MarketDataType.DELAYED_FROZEN);
    assertThat(broker.quote(spy).dataType()).isEqualTo(MarketDataType.DELAYED_FROZEN);
  }

  @Test
  void quotesAndBarsOfAnUnknownContractFailWith200() throws Exception {
    IbBroker broker = fixture.broker(FRIDAY_10_NY);
    Contract unknown = new Contract(999, "ZZZZ", "USD", "", new BigDecimal("0.01"), "");

    assertThatThrownBy(() -> broker.quote(unknown))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("200");
    assertThatThrownBy(() -> broker.dailyBars(unknown, FRIDAY, 5))
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("200");
  }
}
