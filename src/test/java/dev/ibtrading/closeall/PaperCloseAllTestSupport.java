package dev.ibtrading.closeall;

import static dev.ibtrading.allocation.AllocationFixture.THURSDAY_NOON;

import dev.ibtrading.allocation.AllocationFixture;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.TradingMode;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.paper.PaperUniverse;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared setup for close-all and cancel tests on the paper gateway: a fresh gateway at {@link
 * AllocationFixture#THURSDAY_NOON} (always open), the worker's broker as client 7 and another
 * client's as client 9, both with a short request timeout so that an unanswered cancel ends soon.
 * The managed universe is SPY and QQQ (the dummy strategy and {@link
 * AllocationFixture#SPY_AND_QQQ}).
 */
public abstract class PaperCloseAllTestSupport {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  public AllocationFixture paper;
  public IbBroker broker;
  public IbBroker otherClient;
  private final List<IbClient> clients = new ArrayList<>();

  @BeforeEach
  void startPaperGateway() {
    paper = new AllocationFixture(THURSDAY_NOON);
    broker = connect(7);
    otherClient = connect(9);
  }

  @AfterEach
  void stopPaperGateway() {
    for (IbClient client : clients) {
      try {
        client.close();
      } catch (BrokerException e) {
        // closing anyway
      }
    }
    paper.close();
  }

  /** A broker over a new client with this id and {@link #REQUEST_TIMEOUT}. */
  IbBroker connect(int clientId) {
    IbSettings defaults = IbSettings.defaults("127.0.0.1", paper.gateway.port(), clientId);
    IbClient client =
        new IbClient(
            new IbSettings(
                defaults.host(),
                defaults.port(),
                clientId,
                Duration.ofSeconds(5),
                REQUEST_TIMEOUT,
                defaults.maxServerVersion(),
                defaults.maxMessagesPerSecond(),
                defaults.maxFrameLength(),
                defaults.reconnectMinDelay(),
                defaults.reconnectMaxDelay()));
    clients.add(client);
    client.connect();
    return new IbBroker(client, "");
  }

  CloseAllHandler handler(IbBroker on, CloseAllSettings settings) {
    StrategyRegistry registry =
        new StrategyRegistry(
            List.of(
                new DummyStrategy(new DummyProperties("SPY", false)),
                AllocationFixture.SPY_AND_QQQ));
    return new CloseAllHandler(
        on,
        new ManagedUniverse(registry, new UniverseProperties(List.of())),
        settings,
        ExchangeCalendar.nyse());
  }

  protected RunContext context(String runKey, CloseAllOptions options, boolean tradingEnabled) {
    Instant now = paper.clock.now();
    return new RunContext(
        runKey,
        Intent.CLOSE_ALL,
        options,
        Delivery.direct(),
        TradingMode.PAPER,
        tradingEnabled ? null : TradingBlock.killSwitch(),
        now,
        now.plusSeconds(60),
        Clock.fixed(now, ZoneOffset.UTC),
        OrderMetrics.none());
  }

  public static CloseAllOptions options(CloseAllScope scope, boolean dryRun) {
    return new CloseAllOptions(scope, dryRun, Map.of());
  }

  public static CloseAllOptions options(CloseAllScope scope, String orderPropertiesJson) {
    JsonNode tree = JsonMapper.builder().build().readTree(orderPropertiesJson);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    tree.properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    return new CloseAllOptions(scope, false, properties);
  }

  /** Books a position in the paper account directly, as if it had been opened long ago. */
  void hold(String symbol, String quantity) {
    int conId = PaperUniverse.bySymbol(symbol).orElseThrow().conId();
    paper
        .gateway
        .account()
        .applyFill(symbol, conId, new BigDecimal(quantity), new BigDecimal("100"), BigDecimal.ZERO);
  }

  /** A market order through {@code on}, waited for until filled. */
  static OrderReport buy(IbBroker on, String symbol, int quantity) {
    OrderReport placed =
        on.placeOrder(
            OrderRequest.market(
                contract(on, symbol), OrderSide.BUY, BigDecimal.valueOf(quantity), ""));
    return on.awaitOrder(placed.orderId(), Duration.ofSeconds(10));
  }

  /** A limit order so far from the price that it rests: a buy at 1, a sell at 100 000. */
  public static OrderReport resting(IbBroker on, String symbol, OrderSide side, int quantity) {
    BigDecimal limit = side == OrderSide.BUY ? BigDecimal.ONE : new BigDecimal("100000");
    return on.placeOrder(
        OrderRequest.limit(
            contract(on, symbol), side, BigDecimal.valueOf(quantity), limit, "by-hand"));
  }

  public static Contract contract(IbBroker on, String symbol) {
    return on.contract(Instrument.usStock(symbol));
  }
}
