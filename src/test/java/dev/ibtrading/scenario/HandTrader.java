package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.IbBroker;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.testsupport.TestSettings;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Someone trading the same paper account by hand, as in TWS next to the worker: a second client
 * connection to the paper gateway (its own client id, a real socket), so its orders are not the
 * worker's own and its positions are the account's. Also a second pair of eyes on the account.
 */
final class HandTrader implements AutoCloseable {
  /** The orderRef of hand-made orders, no run key. */
  static final String ORDER_REF = "by-hand";

  private final IbClient client;
  private final IbBroker broker;

  private HandTrader(IbClient client) {
    this.client = client;
    this.broker = new IbBroker(client, "");
  }

  /** Connects as {@code clientId} to the gateway on loopback {@code port}. */
  static HandTrader connect(int port, int clientId) {
    IbClient client = new IbClient(TestSettings.fast(port, clientId));
    client.connect();
    return new HandTrader(client);
  }

  /** The account as this connection sees it. */
  IbBroker broker() {
    return broker;
  }

  /** Buys {@code shares} of {@code symbol} at market and waits until filled. */
  OrderReport buy(String symbol, BigDecimal shares) {
    return trade(symbol, OrderSide.BUY, shares);
  }

  /** Sells {@code shares} of {@code symbol} at market (short, beyond what is held). */
  OrderReport sell(String symbol, BigDecimal shares) {
    return trade(symbol, OrderSide.SELL, shares);
  }

  private OrderReport trade(String symbol, OrderSide side, BigDecimal shares) {
    Contract contract = broker.contract(Instrument.usStock(symbol));
    OrderReport placed = broker.placeOrder(OrderRequest.market(contract, side, shares, ORDER_REF));
    OrderReport done = broker.awaitOrder(placed.orderId(), Duration.ofSeconds(30));
    assertThat(done.status()).as("hand-made order %s", done).isEqualTo(OrderStatus.FILLED);
    return done;
  }

  /** The account's position in {@code symbol} as this connection sees it; 0 when none. */
  BigDecimal held(String symbol) {
    return broker.positions().stream()
        .filter(p -> p.contract().symbol().equals(symbol))
        .map(p -> p.quantity())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (BrokerException e) {
      // closing anyway
    }
  }
}
