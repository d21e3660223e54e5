package dev.ibtrading.ib;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The {@link Broker} over the TWS API client: translates records to requests and back. */
public class IbBroker implements Broker {
  private final IbClient client;
  private final String account;

  /**
   * @param account the managed account to trade; empty to take the gateway's only one
   */
  public IbBroker(IbClient client, String account) {
    this.client = client;
    this.account = account == null ? "" : account;
  }

  @Override
  public ConnectionState connectionState() {
    return client.state();
  }

  @Override
  public String account() {
    if (!account.isEmpty()) {
      return account;
    }
    List<String> managed = client.managedAccounts();
    if (managed.size() != 1) {
      throw new BrokerException(
          managed.isEmpty()
              ? "the gateway reported no managed account yet"
              : "the gateway manages " + managed + ": set ib.account to the one to trade",
          managed.isEmpty(),
          null);
    }
    return managed.get(0);
  }

  @Override
  public Instant currentTime() {
    return await(client.submit(new CurrentTimeRequest()));
  }

  // ---- account: summary and positions ----

  @Override
  public AccountSnapshot accountSnapshot() {
    throw new UnsupportedOperationException("account summary: not implemented yet");
  }

  @Override
  public List<Position> positions() {
    throw new UnsupportedOperationException("positions: not implemented yet");
  }

  // ---- market data: contracts, quotes, bars ----

  @Override
  public Contract contract(Instrument instrument) {
    throw new UnsupportedOperationException("contract details: not implemented yet");
  }

  @Override
  public void setMarketDataType(MarketDataType type) {
    throw new UnsupportedOperationException("market data type: not implemented yet");
  }

  @Override
  public Quote quote(Contract contract) {
    throw new UnsupportedOperationException("quotes: not implemented yet");
  }

  @Override
  public List<Bar> dailyBars(Contract contract, LocalDate end, int count) {
    throw new UnsupportedOperationException("bars: not implemented yet");
  }

  // ---- orders and executions ----

  private final Object ordersLock = new Object();
  private volatile IbOrders orders;

  /**
   * The orders half, created on first use: it registers its listeners with the client then, and
   * keeps them for the client's life (ids and order state survive reconnects).
   */
  private IbOrders orders() {
    IbOrders current = orders;
    if (current == null) {
      synchronized (ordersLock) {
        current = orders;
        if (current == null) {
          current = new IbOrders(client, this::account);
          orders = current;
        }
      }
    }
    return current;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Sends PLACE_ORDER once, in the account from {@link #account()}. If the gateway does not
   * acknowledge it within the request timeout, the report's status is PENDING_SUBMIT: the order may
   * exist, so reconcile instead of placing it again.
   */
  @Override
  public OrderReport placeOrder(OrderRequest request) {
    return orders().place(request);
  }

  @Override
  public OrderReport awaitOrder(int orderId, Duration timeout) {
    return orders().await(orderId, timeout);
  }

  @Override
  public Optional<OrderReport> order(int orderId) {
    return orders().order(orderId);
  }

  @Override
  public void cancelOrder(int orderId) {
    orders().cancel(orderId);
  }

  @Override
  public void cancelAllOrders() {
    orders().cancelAll();
  }

  @Override
  public List<OrderReport> openOrders() {
    return orders().openOrders();
  }

  @Override
  public List<Fill> executions() {
    return orders().executions();
  }

  // ---- translating the client's failures ----

  /**
   * Waits for a request's result (its own timeout bounds the wait) and turns the client's
   * exceptions into {@link BrokerException}s: transient for no connection or no answer, permanent
   * for an error answer.
   */
  static <T> T await(CompletableFuture<T> result) {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw translate(e.getCause());
    } catch (CancellationException e) {
      throw new BrokerException("request cancelled", true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while waiting for the gateway", true, e);
    }
  }

  static BrokerException translate(Throwable cause) {
    if (cause instanceof IbRequestException) {
      return new BrokerException(cause.getMessage(), false, cause);
    }
    if (cause instanceof IbNotConnectedException || cause instanceof IbTimeoutException) {
      return new BrokerException(cause.getMessage(), true, cause);
    }
    return new BrokerException(String.valueOf(cause.getMessage()), false, cause);
  }
}
