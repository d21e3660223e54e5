package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.RequestMarketData;
import dev.ibtrading.ib.message.RequestMarketDataType;
import dev.ibtrading.ib.message.WireContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The paper gateway's market data entitlements ({@code --market-data}) as a raw client sees them
 * over a real socket: frames, not decoded records, so that the codes, texts and tick types are the
 * ones written on the wire.
 */
class MarketDataEntitlementTests {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Instant FRIDAY_10_NY = Instant.parse("2025-01-03T15:00:00Z");
  private static final WireContract SPY = WireContract.stock(0, "SPY", "USD", "");

  private PaperGateway gateway;
  private RawTwsClient client;

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void withoutSubscriptionsARealTimeSnapshotEndsWith10089AndNothingElse() throws Exception {
    start(MarketDataEntitlement.NONE);

    client.send(RequestMarketData.snapshot(501, SPY));
    List<String> error = client.awaitFrame(f -> isError(f, "501"), WAIT);
    roundTrip();

    assertThat(error.get(3)).isEqualTo("10089");
    assertThat(error.get(4))
        .isEqualTo(
            "Requested market data requires additional subscription for API. See link in"
                + " 'Market Data Connections' dialog for more details.Delayed market data is"
                + " available.SPY ARCA/TOP/ALL");
    assertThat(framesFor("501")).containsExactly(error);
  }

  @Test
  void withoutSubscriptionsFrozenDataIsRefusedToo() throws Exception {
    start(MarketDataEntitlement.NONE);

    client.send(new RequestMarketDataType(2));
    client.send(RequestMarketData.snapshot(502, SPY));

    assertThat(client.awaitFrame(f -> isError(f, "502"), WAIT).get(3)).isEqualTo("10089");
  }

  @Test
  void withoutSubscriptionsDelayedDataComesAfterReqMarketDataType3With10167First()
      throws Exception {
    start(MarketDataEntitlement.NONE);

    client.send(new RequestMarketDataType(3));
    client.send(RequestMarketData.snapshot(503, SPY));
    client.awaitFrame(f -> f.get(0).equals("57") && f.get(2).equals("503"), WAIT);

    List<List<String>> frames = framesFor("503");
    assertThat(frames.get(0).subList(0, 5))
        .containsExactly(
            "4",
            "2",
            "503",
            "10167",
            "Requested market data is not subscribed. Displaying delayed market data.");
    assertThat(frames).anySatisfy(f -> assertThat(f).containsExactly("58", "1", "503", "3"));
    assertThat(priceTickTypes("503")).containsExactlyInAnyOrder("66", "67", "68", "75");
    assertThat(frames.get(frames.size() - 1)).containsExactly("57", "1", "503");
  }

  @Test
  void withoutSubscriptionsDailyBarsStillCome() throws Exception {
    start(MarketDataEntitlement.NONE);

    client.send(
        new RequestHistoricalData(
            504, SPY, false, "", "1 day", "5 D", true, "TRADES", 1, false, ""));

    assertThat(client.awaitFrame(f -> f.get(0).equals("17") && f.get(1).equals("504"), WAIT))
        .isNotEmpty();
  }

  @Test
  void delayedModeAnswersARealTimeRequestWithDelayedTicks() throws Exception {
    start(MarketDataEntitlement.DELAYED);

    client.send(RequestMarketData.snapshot(505, SPY));
    client.awaitFrame(f -> f.get(0).equals("57") && f.get(2).equals("505"), WAIT);

    assertThat(framesFor("505").get(0).get(3)).isEqualTo("10167");
    assertThat(framesFor("505"))
        .anySatisfy(f -> assertThat(f).containsExactly("58", "1", "505", "3"));
    assertThat(priceTickTypes("505")).containsExactlyInAnyOrder("66", "67", "68", "75");
  }

  @Test
  void realtimeModeStillAnswersLiveWithoutAWarning() throws Exception {
    start(MarketDataEntitlement.REALTIME);

    client.send(RequestMarketData.snapshot(506, SPY));
    client.awaitFrame(f -> f.get(0).equals("57") && f.get(2).equals("506"), WAIT);

    assertThat(framesFor("506")).noneSatisfy(f -> assertThat(f.get(0)).isEqualTo("4"));
    assertThat(priceTickTypes("506")).containsExactlyInAnyOrder("1", "2", "4", "9");
  }

  private void start(MarketDataEntitlement entitlement) throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests().toBuilder().marketData(entitlement).build(),
                PaperClock.fixedAt(FRIDAY_10_NY))
            .start();
    client = RawTwsClient.connect(gateway.port(), 61);
  }

  /** One more request and its answer: anything sent for an earlier request has arrived by then. */
  private void roundTrip() throws Exception {
    int before = client.received().size();
    client.send(new RequestCurrentTime());
    client.awaitFrameFrom(before, f -> f.get(0).equals("49"), WAIT);
  }

  private static boolean isError(List<String> frame, String id) {
    return frame.get(0).equals("4") && frame.get(2).equals(id);
  }

  /** The frames about ticker {@code id}: errors carry it third, tick messages too. */
  private List<List<String>> framesFor(String id) {
    Set<String> tickerScoped = Set.of("1", "2", "4", "45", "46", "57", "58");
    return client.received().stream()
        .filter(f -> f.size() > 2 && tickerScoped.contains(f.get(0)) && f.get(2).equals(id))
        .collect(Collectors.toList());
  }

  private List<String> priceTickTypes(String id) {
    return framesFor(id).stream()
        .filter(f -> f.get(0).equals("1"))
        .map(f -> f.get(3))
        .collect(Collectors.toList());
  }
}
