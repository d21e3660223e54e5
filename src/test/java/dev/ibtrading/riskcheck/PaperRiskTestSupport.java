package dev.ibtrading.riskcheck;

import static dev.ibtrading.allocation.AllocationFixture.THURSDAY_NOON;

import dev.ibtrading.allocation.AllocationFixture;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.run.IntentResult;
import dev.ibtrading.run.OrderMetrics;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradingBlock;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.DummyProperties;
import dev.ibtrading.strategy.DummyStrategy;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared setup for risk-check tests on the paper gateway: a fresh gateway at {@link
 * AllocationFixture#THURSDAY_NOON}, the worker's broker as client 7, and a managed universe of SPY
 * and QQQ (the {@code dummy} and {@code fixed} strategies). AAPL is outside it.
 */
abstract class PaperRiskTestSupport {
  /** Tuesday 2024-12-31 12:00 in New York: the session before {@code THURSDAY_NOON}. */
  static final Instant PREVIOUS_SESSION_NOON = Instant.parse("2024-12-31T17:00:00Z");

  AllocationFixture paper;
  IbBroker broker;

  @BeforeEach
  void startPaperGateway() {
    paper = new AllocationFixture(THURSDAY_NOON);
    broker = paper.connect(7);
  }

  @AfterEach
  void stopPaperGateway() {
    paper.close();
  }

  static RiskCheckHandler handler(IbBroker broker, RiskSettings settings) {
    StrategyRegistry registry =
        new StrategyRegistry(
            List.of(
                new DummyStrategy(new DummyProperties("SPY", false)),
                AllocationFixture.SPY_AND_QQQ));
    return new RiskCheckHandler(
        broker,
        settings,
        ExchangeCalendar.nyse(),
        new ManagedUniverse(registry, new UniverseProperties(List.of())));
  }

  IntentResult run(RiskSettings settings, String runKey) {
    return handler(broker, settings).run(context(runKey, false, null));
  }

  RunContext context(String runKey, boolean dryRun, TradingBlock block) {
    Instant now = paper.clock.now();
    return new RunContext(
        runKey,
        Intent.RISK_CHECK,
        new RiskCheckOptions(dryRun),
        Delivery.direct(),
        TradingMode.PAPER,
        block,
        now,
        now.plusSeconds(60),
        Clock.fixed(now, ZoneOffset.UTC),
        OrderMetrics.none());
  }

  /** Trades at market through the worker's broker and waits for the fill. */
  OrderReport trade(String symbol, OrderSide side, long shares) {
    OrderReport placed =
        broker.placeOrder(
            OrderRequest.market(contract(symbol), side, BigDecimal.valueOf(shares), "setup"));
    OrderReport filled = broker.awaitOrder(placed.orderId(), Duration.ofSeconds(10));
    if (filled.status() != OrderStatus.FILLED) {
      throw new IllegalStateException("setup order not filled: " + filled);
    }
    return filled;
  }

  /**
   * Trades at market as {@link #trade} does, but on the previous session (Tuesday 2024-12-31 noon
   * in New York; Wednesday is New Year's Day), then puts the paper clock back: the position is held
   * since before today, so it is in the previous close's equity and today's daily loss is its move
   * from the previous close, as for a position the worker did not open today.
   */
  OrderReport tradeOnThePreviousSession(String symbol, OrderSide side, long shares) {
    Instant today = paper.clock.now();
    paper.clock.set(PREVIOUS_SESSION_NOON);
    try {
      return trade(symbol, side, shares);
    } finally {
      paper.clock.set(today);
    }
  }

  /** Buys {@code fraction} of NetLiquidation worth of {@code symbol} (sells when negative). */
  long tradeWorth(String symbol, String fraction) {
    BigDecimal netLiq = broker.accountSnapshot().netLiquidation();
    BigDecimal shares =
        netLiq
            .multiply(new BigDecimal(fraction))
            .divide(AllocationFixture.price(broker, symbol), 0, RoundingMode.DOWN);
    trade(symbol, shares.signum() > 0 ? OrderSide.BUY : OrderSide.SELL, shares.abs().longValue());
    return shares.longValueExact();
  }

  /** A resting limit order far from the market, placed through {@code by}. */
  static OrderReport restingBuy(IbBroker by, String symbol, String ref) {
    BigDecimal far =
        AllocationFixture.price(by, symbol).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    return by.placeOrder(
        OrderRequest.limit(
            by.contract(Instrument.usStock(symbol)), OrderSide.BUY, BigDecimal.ONE, far, ref));
  }

  /** Ten AAPL shares booked straight into the paper account, as if bought by hand elsewhere. */
  void handMadeAaplPosition() {
    int aapl = PaperUniverse.bySymbol("AAPL").orElseThrow().conId();
    paper
        .gateway
        .account()
        .applyFill("AAPL", aapl, BigDecimal.TEN, new BigDecimal("200"), BigDecimal.ZERO);
  }

  /** Moves {@code symbol}'s price to {@code factor} x its average cost in the paper account. */
  BigDecimal pinAtCost(String symbol, String factor) {
    BigDecimal price =
        averageCost(symbol).multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_EVEN);
    paper.gateway.market().pinPrice(symbol, price.doubleValue());
    return price;
  }

  BigDecimal averageCost(String symbol) {
    return paper.gateway.account().holding(symbol).orElseThrow().averageCost();
  }

  Contract contract(String symbol) {
    return broker.contract(Instrument.usStock(symbol));
  }

  /** Ids of the account's open orders, from any client. */
  List<Integer> openOrderIds() {
    return broker.openOrders().stream().map(OrderReport::orderId).toList();
  }
}
