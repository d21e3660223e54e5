package dev.ibtrading.allocation;

import dev.ibtrading.broker.AdaptivePriority;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.plan.AllocationSettings;
import dev.ibtrading.plan.CapSetting;
import dev.ibtrading.run.OrderMetrics;
import dev.ibtrading.run.RunContext;
import dev.ibtrading.run.TradingBlock;
import dev.ibtrading.schedule.ExchangeCalendar;
import dev.ibtrading.strategy.DummyProperties;
import dev.ibtrading.strategy.DummyStrategy;
import dev.ibtrading.strategy.FixedWeightStrategy;
import dev.ibtrading.strategy.ManagedUniverse;
import dev.ibtrading.strategy.Strategy;
import dev.ibtrading.strategy.StrategyRegistry;
import dev.ibtrading.strategy.UniverseProperties;
import dev.ibtrading.trigger.Delivery;
import dev.ibtrading.trigger.Intent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture: a paper gateway on a free loopback port at a fixed time, brokers connected to it
 * over real sockets, and allocation handlers over them. Closes everything it opened.
 */
public final class AllocationFixture implements AutoCloseable {
  /** Thursday 2025-01-02 12:00 in New York: regular hours, and a +1 day of the dummy strategy. */
  public static final Instant THURSDAY_NOON = Instant.parse("2025-01-02T17:00:00Z");

  public static final FixedWeightStrategy SPY_AND_QQQ =
      FixedWeightStrategy.inOrder("fixed", "SPY", "0.5", "QQQ", "0.5");

  public final PaperGateway gateway;
  public final PaperClock clock;
  private final List<IbClient> clients = new ArrayList<>();

  public AllocationFixture(Instant now) {
    this(now, PaperGatewayConfig.forTests());
  }

  /** A gateway with this config (e.g. a bars file) at {@code now}. */
  public AllocationFixture(Instant now, PaperGatewayConfig config) {
    clock = PaperClock.fixedAt(now);
    try {
      gateway = new PaperGateway(config, clock).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A broker over a new, connected client with this client id. */
  public IbBroker connect(int clientId) {
    IbClient client =
        new IbClient(
            IbSettings.defaults("127.0.0.1", gateway.port(), clientId)
                .withConnectTimeout(Duration.ofSeconds(5)));
    clients.add(client);
    client.connect();
    return new IbBroker(client, "");
  }

  /**
   * Full exposure, equal weights, no caps, and fills awaited for {@code fillTimeout}: short, so
   * that a partially filled run ends soon.
   */
  public static AllocationSettings settingsWithFillTimeout(Duration fillTimeout) {
    return new AllocationSettings(
        BigDecimal.ONE,
        Map.of(),
        BigDecimal.valueOf(100),
        null,
        null,
        fillTimeout,
        AdaptivePriority.Normal,
        CapSetting.NONE,
        CapSetting.NONE,
        AllocationSettings.defaults().maxQuoteAge());
  }

  public static AllocationHandler handler(IbBroker broker, AllocationSettings settings) {
    return handler(broker, settings, List.of());
  }

  /** A handler whose managed universe is {@code managedStrategies} (empty: all). */
  public static AllocationHandler handler(
      IbBroker broker, AllocationSettings settings, List<String> managedStrategies) {
    List<Strategy> strategies =
        List.of(new DummyStrategy(new DummyProperties("SPY", false)), SPY_AND_QQQ);
    StrategyRegistry registry = new StrategyRegistry(strategies);
    return new AllocationHandler(
        broker,
        registry,
        settings,
        ExchangeCalendar.nyse(),
        new ManagedUniverse(registry, new UniverseProperties(managedStrategies)));
  }

  public RunContext context(String runKey, AllocationOptions options, boolean tradingEnabled) {
    Instant now = clock.now();
    return new RunContext(
        runKey,
        Intent.ALLOCATION,
        options,
        Delivery.direct(),
        TradingMode.PAPER,
        tradingEnabled ? null : TradingBlock.killSwitch(),
        now,
        now.plusSeconds(60),
        Clock.fixed(now, ZoneOffset.UTC),
        OrderMetrics.none());
  }

  public static AllocationOptions options(boolean dryRun, String... strategies) {
    return new AllocationOptions(List.of(strategies), dryRun, Map.of());
  }

  public static AllocationOptions options(String orderPropertiesJson, String... strategies) {
    JsonNode tree = JsonMapper.builder().build().readTree(orderPropertiesJson);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    tree.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new AllocationOptions(List.of(strategies), false, properties);
  }

  /** Shares {@code weight} of NetLiquidation buys at the broker's reference price now. */
  public static BigDecimal expectedShares(IbBroker broker, String symbol, BigDecimal weight) {
    BigDecimal netLiq = broker.accountSnapshot().netLiquidation();
    return netLiq.multiply(weight).divide(price(broker, symbol), 0, java.math.RoundingMode.DOWN);
  }

  public static BigDecimal price(IbBroker broker, String symbol) {
    Contract contract = broker.contract(Instrument.usStock(symbol));
    return broker.quote(contract).referencePrice();
  }

  /** The shares the paper account holds of {@code symbol}. */
  public BigDecimal held(String symbol) {
    return gateway
        .account()
        .holding(symbol)
        .map(h -> h.quantity())
        .orElse(BigDecimal.ZERO)
        .stripTrailingZeros();
  }

  @Override
  public void close() {
    for (IbClient client : clients) {
      try {
        client.close();
      } catch (BrokerException e) {
        // closing anyway
      }
    }
    gateway.close();
  }
}
