package dev.ibtrading.ib;

import static dev.ibtrading.ib.PaperTrading.contract;
import static dev.ibtrading.ib.PaperTrading.limit;
import static dev.ibtrading.ib.PaperTrading.market;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.OrderType;
import dev.ibtrading.broker.TimeInForce;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Orders and the clock: regular hours, auctions, and limits reached when the price moves. */
class OrderHoursTests {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration GLANCE = Duration.ofMillis(300);

  private PaperTrading paper;

  @AfterEach
  void stop() {
    paper.close();
  }

  @Test
  void outsideRegularHoursAnOrderWaitsPreSubmittedWithWarning399() {
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), PaperTrading.THURSDAY_NIGHT);
    IbBroker broker = paper.connect(7);

    OrderReport placed = broker.placeOrder(market("AAPL", OrderSide.BUY, 10));
    OrderReport later = broker.awaitOrder(placed.orderId(), GLANCE);

    assertThat(placed.status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
    assertThat(placed.lastError()).startsWith("399: Order Message: BUY 10 AAPL");
    assertThat(later.status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
    assertThat(later.fills()).isEmpty();
    assertThat(broker.openOrders())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.PRE_SUBMITTED));
    assertThat(paper.gateway.account().holding("AAPL")).isEmpty();
  }

  @Test
  void outsideRthOrderFillsOutsideRegularHours() {
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), PaperTrading.THURSDAY_NIGHT);
    IbBroker broker = paper.connect(7);
    OrderRequest request =
        new OrderRequest(
            contract("AAPL"),
            OrderSide.BUY,
            BigDecimal.TEN,
            OrderType.MKT,
            null,
            TimeInForce.DAY,
            "night",
            true,
            null,
            "");

    OrderReport done = broker.awaitOrder(broker.placeOrder(request).orderId(), WAIT);

    assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(done.lastError()).isEmpty();
    assertThat(paper.gateway.account().holding("AAPL").orElseThrow().quantity())
        .isEqualByComparingTo("10");
  }

  @Test
  void marketOnCloseFillsWhenTheClockReachesTheClose() {
    Instant fridayAfternoon = Instant.parse("2025-01-03T20:00:00Z"); // 15:00 New York
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), fridayAfternoon);
    IbBroker broker = paper.connect(7);
    OrderRequest moc =
        new OrderRequest(
            contract("SPY"),
            OrderSide.BUY,
            BigDecimal.valueOf(4),
            OrderType.MOC,
            null,
            TimeInForce.DAY,
            "close",
            false,
            null,
            "");

    OrderReport placed = broker.placeOrder(moc);
    OrderReport beforeClose = broker.awaitOrder(placed.orderId(), GLANCE);
    paper.clock.set(Instant.parse("2025-01-03T21:00:01Z")); // 16:00:01 New York
    OrderReport afterClose = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(beforeClose.status().isTerminal()).isFalse();
    assertThat(beforeClose.lastError()).isEmpty(); // auction orders wait without a warning
    assertThat(afterClose.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(afterClose.fills())
        .singleElement()
        .satisfies(f -> assertThat(f.time()).isEqualTo(Instant.parse("2025-01-03T21:00:01Z")));
  }

  @Test
  void openingOrderFillsAtTheNextOpen() {
    Instant fridayAfternoon = Instant.parse("2025-01-03T20:00:00Z");
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), fridayAfternoon);
    IbBroker broker = paper.connect(7);
    OrderRequest opg =
        new OrderRequest(
            contract("IWM"),
            OrderSide.BUY,
            BigDecimal.valueOf(3),
            OrderType.MKT,
            null,
            TimeInForce.OPG,
            "open",
            false,
            null,
            "");

    OrderReport placed = broker.placeOrder(opg);
    paper.clock.set(Instant.parse("2025-01-04T15:00:00Z")); // Saturday: no open
    OrderReport weekend = broker.awaitOrder(placed.orderId(), GLANCE);
    paper.clock.set(Instant.parse("2025-01-06T14:30:00Z")); // Monday 09:30 New York
    OrderReport monday = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(weekend.status().isTerminal()).isFalse();
    assertThat(monday.status()).isEqualTo(OrderStatus.FILLED);
  }

  @Test
  void onAnEarlyCloseTheMarketClosesAt13AndAnOrderWaitsOverTheHolidayForTheNextOpen() {
    Instant christmasEve1230 = Instant.parse("2025-12-24T17:30:00Z"); // 12:30 New York, half day
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), christmasEve1230);
    IbBroker broker = paper.connect(7);
    OrderReport beforeEarlyClose =
        broker.awaitOrder(broker.placeOrder(market("SPY", OrderSide.BUY, 1)).orderId(), WAIT);

    paper.clock.set(Instant.parse("2025-12-24T18:30:00Z")); // 13:30: closed since 13:00
    OrderReport placed = broker.placeOrder(market("AAPL", OrderSide.BUY, 5));
    paper.clock.set(Instant.parse("2025-12-25T15:00:00Z")); // Christmas Day, 10:00: a holiday
    OrderReport onTheHoliday = broker.awaitOrder(placed.orderId(), GLANCE);
    Instant nextOpen = Instant.parse("2025-12-26T14:30:00Z"); // Friday 09:30 New York
    paper.clock.set(nextOpen);
    OrderReport atTheOpen = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(beforeEarlyClose.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(placed.status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
    assertThat(placed.lastError()).contains("20251226 09:30:00"); // 399 names the next open
    assertThat(onTheHoliday.status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
    assertThat(onTheHoliday.fills()).isEmpty();
    assertThat(atTheOpen.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(atTheOpen.fills())
        .singleElement()
        .satisfies(f -> assertThat(f.time()).isEqualTo(nextOpen));
  }

  @Test
  void outsideRthOrderDoesNotTradeOnAHoliday() {
    Instant christmasNoon = Instant.parse("2025-12-25T17:00:00Z");
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), christmasNoon);
    IbBroker broker = paper.connect(7);
    OrderRequest request =
        new OrderRequest(
            contract("AAPL"),
            OrderSide.BUY,
            BigDecimal.TEN,
            OrderType.MKT,
            null,
            TimeInForce.GTC,
            "holiday",
            true,
            null,
            "");

    OrderReport placed = broker.placeOrder(request);
    OrderReport later = broker.awaitOrder(placed.orderId(), GLANCE);
    boolean heldOnTheHoliday = paper.gateway.account().holding("AAPL").isEmpty();
    paper.clock.set(Instant.parse("2025-12-26T12:00:00Z")); // Friday 07:00: pre-market
    OrderReport nextDay = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(later.fills()).isEmpty();
    assertThat(heldOnTheHoliday).isTrue();
    assertThat(nextDay.status()).isEqualTo(OrderStatus.FILLED);
  }

  @Test
  void dayLimitOrderEndsCancelledAtTheClose() {
    paper = PaperTrading.start(PaperTrading.marketHoursConfig(), PaperTrading.THURSDAY_NIGHT);
    IbBroker broker = paper.connect(7);
    BigDecimal farBelow =
        BigDecimal.valueOf(paper.lastPrice("TLT") / 2).setScale(2, RoundingMode.DOWN);

    OrderReport placed = broker.placeOrder(limit("TLT", OrderSide.BUY, 1, farBelow));
    paper.clock.set(Instant.parse("2025-01-03T21:00:00Z")); // Friday 16:00 New York
    OrderReport ended = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(ended.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(ended.fills()).isEmpty();
  }

  @Test
  void limitOrderFillsWhenThePriceCrossesItLater() {
    paper = PaperTrading.start();
    IbBroker broker = paper.connect(7);
    Instant start = PaperTrading.FRIDAY_NOON;
    BigDecimal limit =
        BigDecimal.valueOf(paper.lastPrice("VIXY"))
            .setScale(2, RoundingMode.DOWN)
            .subtract(new BigDecimal("0.01"));
    Instant crossing = firstTimePriceIsAtMost(start, "VIXY", limit.doubleValue());
    assertThat(crossing)
        .as("a time within ten days when VIXY trades at or below %s", limit)
        .isNotNull();

    OrderReport placed = broker.placeOrder(limit("VIXY", OrderSide.BUY, 5, limit));
    OrderReport resting = broker.awaitOrder(placed.orderId(), GLANCE);
    paper.clock.set(crossing);
    OrderReport filled = broker.awaitOrder(placed.orderId(), WAIT);

    assertThat(resting.status()).isEqualTo(OrderStatus.SUBMITTED);
    assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(filled.averageFillPrice()).isLessThanOrEqualTo(limit);
  }

  /** Probes the same simulated market on a gateway of its own, minute by minute over ten days. */
  private static Instant firstTimePriceIsAtMost(Instant from, String symbol, double price) {
    PaperClock probeClock = PaperClock.fixedAt(from);
    PaperGateway probe = new PaperGateway(PaperGatewayConfig.forTests(), probeClock);
    for (Instant t = from.plusSeconds(60);
        t.isBefore(from.plus(Duration.ofDays(10)));
        t = t.plusSeconds(60)) {
      probeClock.set(t);
      if (probe.market().lastPrice(symbol) <= price) {
        return t;
      }
    }
    return null;
  }
}
