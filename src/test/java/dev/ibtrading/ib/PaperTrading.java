package dev.ibtrading.ib;

import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import dev.ibtrading.paper.PaperInstrument;
import dev.ibtrading.paper.PaperOrderRules;
import dev.ibtrading.paper.PaperUniverse;
import dev.ibtrading.paper.TestGatewayConfigs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: a paper gateway on a free loopback port with a fixed clock, and our clients
 * connected to it over real sockets. Closes everything it opened.
 */
final class PaperTrading implements AutoCloseable {
  /** Friday 2025-01-03 12:00 in New York: regular hours. */
  static final Instant FRIDAY_NOON = Instant.parse("2025-01-03T17:00:00Z");

  /** Thursday 2025-01-02 22:00 in New York: after hours. */
  static final Instant THURSDAY_NIGHT = Instant.parse("2025-01-03T03:00:00Z");

  final PaperGateway gateway;
  final PaperClock clock;
  private final Map<Integer, IbClient> clients = new HashMap<>();
  private final List<IbClient> opened = new ArrayList<>();

  private PaperTrading(PaperGateway gateway, PaperClock clock) {
    this.gateway = gateway;
    this.clock = clock;
  }

  static PaperTrading start(PaperGatewayConfig config, Instant now) {
    PaperClock clock = PaperClock.fixedAt(now);
    try {
      return new PaperTrading(new PaperGateway(config, clock).start(), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PaperTrading start() {
    return start(PaperGatewayConfig.forTests(), FRIDAY_NOON);
  }

  /** The test config with the market closed outside 09:30-16:00 New York. */
  static PaperGatewayConfig marketHoursConfig() {
    return TestGatewayConfigs.config(PaperGatewayConfig.forTests().seed(), null, false);
  }

  /** A broker over a new, connected client with this client id. */
  IbBroker connect(int clientId) {
    IbClient client =
        new IbClient(
            IbSettings.defaults("127.0.0.1", gateway.port(), clientId)
                .withConnectTimeout(Duration.ofSeconds(5)));
    opened.add(client);
    clients.put(clientId, client);
    client.connect();
    return new IbBroker(client, "");
  }

  IbClient client(int clientId) {
    return clients.get(clientId);
  }

  PaperOrderRules rules() {
    return PaperOrderRules.of(gateway);
  }

  double lastPrice(String symbol) {
    return gateway.market().lastPrice(symbol);
  }

  static Contract contract(String symbol) {
    PaperInstrument i = PaperUniverse.bySymbol(symbol).orElseThrow();
    return new Contract(
        i.conId(),
        i.symbol(),
        "USD",
        i.primaryExchange(),
        BigDecimal.valueOf(i.minTick()),
        i.longName());
  }

  static OrderRequest market(String symbol, OrderSide side, int shares) {
    return OrderRequest.market(contract(symbol), side, BigDecimal.valueOf(shares), "test-run");
  }

  static OrderRequest limit(String symbol, OrderSide side, int shares, BigDecimal limit) {
    return OrderRequest.limit(
        contract(symbol), side, BigDecimal.valueOf(shares), limit, "test-run");
  }

  @Override
  public void close() {
    opened.forEach(IbClient::close);
    gateway.close();
  }
}
