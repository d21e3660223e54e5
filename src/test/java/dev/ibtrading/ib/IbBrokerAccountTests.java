package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Position;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperUniverse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Account summary and positions through our client and the paper gateway over loopback. */
class IbBrokerAccountTests {
  private static final Instant NOW = Instant.parse("2025-01-03T15:00:00Z");
  private static final int SPY = 756733;
  private static final int AAPL = 265598;

  private PaperGateway gateway;
  private IbClient client;
  private IbBroker broker;

  @BeforeEach
  void start() throws Exception {
    gateway = new PaperGateway(PaperGatewayConfig.forTests(), PaperClock.fixedAt(NOW)).start();
    client = new IbClient(IbSettings.defaults("127.0.0.1", gateway.port(), 11));
    client.connect();
    broker = new IbBroker(client, "");
  }

  @AfterEach
  void stop() {
    client.close();
    gateway.close();
  }

  @Test
  void aFreshAccountIsAllCash() {
    AccountSnapshot snapshot = broker.accountSnapshot();

    assertThat(snapshot.account()).isEqualTo("DU0000001");
    assertThat(snapshot.currency()).isEqualTo("USD");
    assertThat(snapshot.netLiquidation()).isEqualByComparingTo("100000");
    assertThat(snapshot.totalCashValue()).isEqualByComparingTo("100000");
    assertThat(snapshot.equityWithLoanValue()).isEqualByComparingTo("100000");
    assertThat(snapshot.previousEquityWithLoanValue()).isEqualByComparingTo("100000");
    assertThat(snapshot.grossPositionValue()).isZero();
    assertThat(snapshot.maintMarginReq()).isZero();
    assertThat(snapshot.excessLiquidity()).isEqualByComparingTo("100000");
    assertThat(snapshot.cushion()).isEqualByComparingTo("1");
    assertThat(snapshot.buyingPower()).isEqualByComparingTo("400000");
    assertThat(snapshot.asOf()).isNotNull();
    assertThat(broker.positions()).isEmpty();
  }

  @Test
  void fillsShowInPositionsAndSummary() {
    gateway.account().applyFill("SPY", SPY, bd("100"), bd("450"), bd("1"));
    gateway.account().applyFill("AAPL", AAPL, bd("-20"), bd("180"), bd("1"));
    gateway.account().applyFill("QQQ", 320227571, bd("5"), bd("380"), bd("1"));
    gateway.account().applyFill("QQQ", 320227571, bd("-5"), bd("381"), bd("1")); // closed

    List<Position> positions = broker.positions();
    AccountSnapshot snapshot = broker.accountSnapshot();

    assertThat(positions)
        .containsExactlyInAnyOrder(
            new Position(
                "DU0000001",
                new Contract(SPY, "SPY", "USD", "ARCA", null, null),
                bd("100"),
                bd("450.01")),
            new Position(
                "DU0000001",
                new Contract(AAPL, "AAPL", "USD", "NASDAQ", null, null),
                bd("-20"),
                bd("179.95")));
    BigDecimal cash =
        bd("100000").subtract(bd("45001")).add(bd("3599")).subtract(bd("1901")).add(bd("1904"));
    assertThat(snapshot.totalCashValue()).isEqualByComparingTo(cash);
    BigDecimal longValue = price("SPY").multiply(bd("100"));
    BigDecimal shortValue = price("AAPL").multiply(bd("20"));
    assertThat(snapshot.netLiquidation())
        .isEqualByComparingTo(cents(cash.add(longValue).subtract(shortValue)));
    assertThat(snapshot.grossPositionValue())
        .isEqualByComparingTo(cents(longValue.add(shortValue)));
    assertThat(snapshot.excessLiquidity()).isLessThan(snapshot.netLiquidation());
    assertThat(snapshot.cushion()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
  }

  @Test
  void concurrentCallersEachGetTheFullList() throws Exception {
    for (String symbol : List.of("SPY", "QQQ", "IWM", "TLT", "GLD", "AAPL", "MSFT")) {
      int conId = PaperUniverse.bySymbol(symbol).orElseThrow().conId();
      gateway.account().applyFill(symbol, conId, bd("10"), bd("100"), bd("1"));
    }
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<Position>>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<List<Position>> call =
            () -> {
              go.await();
              return broker.positions();
            };
        answers.add(pool.submit(call));
      }
      go.countDown();

      for (Future<List<Position>> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS))
            .extracting(p -> p.contract().symbol())
            .containsExactlyInAnyOrder("SPY", "QQQ", "IWM", "TLT", "GLD", "AAPL", "MSFT");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void positionsSeeAFillMadeJustBefore() {
    assertThat(broker.positions()).isEmpty();
    for (int n = 1; n <= 5; n++) {
      int i = n;
      gateway.account().applyFill("SPY", SPY, bd("1"), bd("450"), bd("0"));

      assertThat(broker.positions())
          .singleElement()
          .satisfies(p -> assertThat(p.quantity()).isEqualByComparingTo(BigDecimal.valueOf(i)));
    }
  }

  @Test
  void anAccountTheGatewayDoesNotManageFailsPermanently() {
    IbBroker wrong = new IbBroker(client, "DU9999999");

    assertThatThrownBy(wrong::accountSnapshot)
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isFalse())
        .hasMessageContaining("no values for account DU9999999");
    assertThat(wrong.positions()).isEmpty();
  }

  @Test
  void failsFastWhenDisconnected() {
    client.close();

    assertThatThrownBy(broker::accountSnapshot)
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isTrue());
    assertThatThrownBy(broker::positions)
        .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.isTransient()).isTrue());
  }

  private BigDecimal price(String symbol) {
    return BigDecimal.valueOf(gateway.market().lastPrice(symbol));
  }

  private static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
