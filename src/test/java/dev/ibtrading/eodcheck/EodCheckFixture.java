package dev.ibtrading.eodcheck;

import dev.ibtrading.allocation.AllocationFixture;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.plan.AllocationSettings;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Test helpers for eod-check runs on the paper gateway of an {@link AllocationFixture}: handlers
 * whose managed universe is the dummy strategy (SPY only), run contexts, and hand-made positions
 * and resting orders.
 */
final class EodCheckFixture {
  /** Thursday 2025-01-02 15:55 in New York: the scheduled end-of-day run, the session open. */
  static final Instant THURSDAY_1555 = Instant.parse("2025-01-02T20:55:00Z");

  private EodCheckFixture() {}

  /** An eod-check handler managing the dummy strategy's SPY; QQQ and AAPL are outside. */
  static EodCheckHandler handler(IbBroker broker, EodSettings settings) {
    StrategyRegistry registry =
        new StrategyRegistry(
            List.of(
                new DummyStrategy(new DummyProperties("SPY", false)),
                AllocationFixture.SPY_AND_QQQ));
    return new EodCheckHandler(
        broker,
        new ManagedUniverse(registry, new UniverseProperties(List.of("dummy"))),
        AllocationSettings.defaults(),
        settings,
        ExchangeCalendar.nyse());
  }

  static RunContext context(
      AllocationFixture paper, String runKey, EodCheckOptions options, TradingBlock block) {
    Instant now = paper.clock.now();
    return new RunContext(
        runKey,
        Intent.EOD_CHECK,
        options,
        Delivery.direct(),
        TradingMode.PAPER,
        block,
        now,
        now.plusSeconds(60),
        Clock.fixed(now, ZoneOffset.UTC),
        OrderMetrics.none());
  }

  static EodCheckOptions options(boolean dryRun, Boolean flatten) {
    return new EodCheckOptions(dryRun, flatten);
  }

  /** Puts a position into the paper account as if traded by hand (no order, no execution). */
  static void hold(AllocationFixture paper, String symbol, String shares) {
    int conId = PaperUniverse.bySymbol(symbol).orElseThrow().conId();
    paper
        .gateway
        .account()
        .applyFill(symbol, conId, new BigDecimal(shares), new BigDecimal("100"), BigDecimal.ZERO);
  }

  /** A buy limit at half the price: it rests, and carries {@code orderRef}. */
  static OrderReport restingBuy(IbBroker broker, String symbol, String orderRef) {
    Contract contract = broker.contract(Instrument.usStock(symbol));
    BigDecimal half =
        AllocationFixture.price(broker, symbol).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    return broker.placeOrder(
        OrderRequest.limit(contract, OrderSide.BUY, BigDecimal.ONE, half, orderRef));
  }

  /** A market order that fills at once, carrying {@code orderRef}. */
  static OrderReport marketBuy(IbBroker broker, String symbol, String orderRef) {
    Contract contract = broker.contract(Instrument.usStock(symbol));
    OrderReport placed =
        broker.placeOrder(OrderRequest.market(contract, OrderSide.BUY, BigDecimal.ONE, orderRef));
    return broker.awaitOrder(placed.orderId(), java.time.Duration.ofSeconds(10));
  }
}
