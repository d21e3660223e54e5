package dev.ibtrading.ib;

import dev.ibtrading.broker.AccountCurrency;
import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.BrokerException;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.FxRate;
import dev.ibtrading.broker.FxRateSource;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.MarketDataType;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.Position;
import dev.ibtrading.broker.Quote;
import dev.ibtrading.ib.message.ContractDetails;
import dev.ibtrading.ib.message.RequestMarketDataType;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Broker} over the TWS API client: translates records to requests and back. */
public class IbBroker implements Broker {
  private static final Logger log = LoggerFactory.getLogger(IbBroker.class);

  private final IbClient client;
  private final String account;
  private final boolean delayedFallback;

  /**
   * A broker asking for real-time quotes, falling back to delayed ones without a subscription.
   *
   * @param account the managed account to trade; empty to take the gateway's only one
   */
  public IbBroker(IbClient client, String account) {
    this(client, account, MarketDataType.REALTIME, true);
  }

  /**
   * @param account the managed account to trade; empty to take the gateway's only one
   * @param marketDataType the data quotes ask for (see {@link #setMarketDataType})
   * @param delayedFallback whether a quote refused for want of a real-time subscription (IB's 354,
   *     10089) is asked again in the delayed counterpart of its type, as IB's error text suggests
   */
  public IbBroker(
      IbClient client, String account, MarketDataType marketDataType, boolean delayedFallback) {
    this.client = client;
    this.account = account == null ? "" : account;
    this.marketDataType = marketDataType;
    this.delayedFallback = delayedFallback;
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
  public List<String> managedAccounts() {
    return client.managedAccounts();
  }

  @Override
  public Instant currentTime() {
    return await(client.submit(new CurrentTimeRequest()));
  }

  // ---- account: summary and positions ----

  /** Positions answers carry no request id: this broker has one positions request out at once. */
  private final Object positionsLock = new Object();

  /**
   * {@inheritDoc}
   *
   * <p>Asks for the summary of every managed account and keeps the rows of {@link #account()}; a
   * tag the gateway did not report fails the call (see {@link AccountSnapshotMapper}). {@code asOf}
   * is this client's clock when the values arrived.
   */
  @Override
  public AccountSnapshot accountSnapshot() {
    String id = account();
    var rows = await(client.submit(new AccountSummaryRequest(client.nextRequestId())));
    return AccountSnapshotMapper.toSnapshot(id, rows, Instant.now());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One account summary request for NetLiquidation (its currency is the base currency) and
   * {@code $LEDGER:ALL} (IB's cash balances and exchange rates of every currency); see {@link
   * AccountCurrencyMapper}.
   */
  @Override
  public AccountCurrency accountCurrency() {
    String id = account();
    var rows =
        await(
            client.submit(
                new AccountSummaryRequest(
                    client.nextRequestId(), AccountCurrencyMapper.SUMMARY_TAGS)));
    return AccountCurrencyMapper.toAccountCurrency(id, rows, Instant.now());
  }

  /**
   * {@inheritDoc}
   *
   * <p>A snapshot quote of the pair on IDEALPRO as IB lists it ({@link FxPair#listed}), the other
   * way round when the gateway knows no such pair. A currency the list lacks is asked for as {@code
   * from.to}, then the other way round: a quote places nothing, so the gateway, which knows its
   * pairs better than any list, may answer (error 200 both ways is a {@link BrokerException}). The
   * rate is the bid-ask midpoint: IDEALPRO is a dealer market quoted by bid and ask, and its quotes
   * typically carry no last trade; a quote without both a bid and an ask (the FX market is closed
   * from Friday evening to Sunday evening New York time) is no rate. The session's market data type
   * and the delayed fallback apply as for {@link #quote}.
   */
  @Override
  public Optional<FxRate> fxRate(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(FxRate.same(from, Instant.now()));
    }
    FxPair pair = FxPair.listed(from, to).orElseGet(() -> new FxPair(from, to));
    try {
      return fxRate(pair, from);
    } catch (BrokerException e) {
      if (!(e.getCause() instanceof IbRequestException refused)
          || refused.code() != IbErrorCodes.NO_SECURITY_DEFINITION) {
        throw e;
      }
      log.info("No FX pair {} at the gateway; asking for {}", pair, pair.reversed());
      return fxRate(pair.reversed(), from);
    }
  }

  private Optional<FxRate> fxRate(FxPair pair, String from) {
    Quoted quoted = snapshot(pair.contract(), pair.toString());
    SnapshotQuote q = quoted.snapshot();
    if (q.bid() == null || q.ask() == null) {
      return Optional.empty();
    }
    BigDecimal mid =
        BigDecimal.valueOf(q.bid())
            .add(BigDecimal.valueOf(q.ask()))
            .divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    String detail =
        pair
            + " on IDEALPRO: bid "
            + BigDecimal.valueOf(q.bid()).toPlainString()
            + ", ask "
            + BigDecimal.valueOf(q.ask()).toPlainString()
            + ", midpoint ("
            + quoted.type().propertyName()
            + ")";
    FxRate rate =
        new FxRate(pair.base(), pair.quote(), mid, FxRateSource.MARKET_DATA, detail, Instant.now());
    return Optional.of(pair.base().equals(from) ? rate : rate.inverse());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Concurrent callers take turns, each with a request sent after its call began, so each gets
   * the full list and sees every fill confirmed before its call (see {@link PositionsRequest}).
   */
  @Override
  public List<Position> positions() {
    String id = account();
    synchronized (positionsLock) {
      return PositionMapper.toPositions(id, await(client.submit(new PositionsRequest())));
    }
  }

  // ---- market data: contracts, quotes, bars ----

  // The gateway keeps the market data type per session; it is re-sent before every snapshot so
  // that a reconnect cannot silently switch delayed data back to live.
  private volatile MarketDataType marketDataType;

  @Override
  public Contract contract(Instrument instrument) {
    ContractDetails details =
        await(client.submit(new ContractDetailsRequest(client.nextRequestId(), instrument)));
    WireContract qualified = details.contract();
    return new Contract(
        qualified.conId(),
        qualified.symbol(),
        qualified.currency(),
        qualified.primaryExchange(),
        BigDecimal.valueOf(details.minTick()),
        details.longName());
  }

  @Override
  public void setMarketDataType(MarketDataType type) {
    marketDataType = type;
    if (client.state() == ConnectionState.CONNECTED) {
      sendMarketDataType(type);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>In the session's market data type; with the delayed fallback on, a refusal for want of a
   * real-time subscription is asked again in the delayed counterpart, and the quote's {@link
   * Quote#dataType()} says which data it is.
   */
  @Override
  public Quote quote(Contract contract) {
    Quoted quoted = snapshot(wireContract(contract), contract.symbol());
    SnapshotQuote snapshot = quoted.snapshot();
    return new Quote(
        contract,
        decimal(snapshot.bid()),
        decimal(snapshot.ask()),
        decimal(snapshot.last()),
        decimal(snapshot.close()),
        quoted.type(),
        Instant.now(),
        snapshot.lastTradeAt());
  }

  /** A snapshot and the market data type it is of. */
  private record Quoted(SnapshotQuote snapshot, MarketDataType type) {}

  /** A snapshot in the session's type, or its delayed counterpart when that one is refused. */
  private Quoted snapshot(WireContract contract, String name) {
    MarketDataType type = marketDataType;
    try {
      return snapshot(contract, type);
    } catch (BrokerException e) {
      MarketDataType delayed = type.delayedCounterpart();
      if (!delayedFallback || delayed == type || !isNotSubscribed(e)) {
        throw e;
      }
      log.warn(
          "No real-time market data for {} ({}); asking for {} data instead",
          name,
          e.getMessage(),
          delayed.propertyName());
      return snapshot(contract, delayed);
    }
  }

  private static boolean isNotSubscribed(BrokerException e) {
    return e.getCause() instanceof IbRequestException refused
        && IbErrorCodes.NO_REALTIME_SUBSCRIPTION.contains(refused.code());
  }

  private Quoted snapshot(WireContract contract, MarketDataType type) {
    sendMarketDataType(type);
    SnapshotQuote snapshot =
        await(
            client.submit(new SnapshotQuoteRequest(client.nextRequestId(), contract, type.code())));
    int delivered = snapshot.marketDataType();
    return new Quoted(
        snapshot, delivered >= 1 && delivered <= 4 ? MarketDataType.ofCode(delivered) : type);
  }

  @Override
  public List<Bar> dailyBars(Contract contract, LocalDate end, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("bar count: " + count + " (expected: >= 1)");
    }
    Instant now = currentTime(); // "completed" is judged by the broker's clock, not ours
    List<Bar> bars =
        await(
            client.submit(
                new HistoricalBarsRequest(
                    client.nextRequestId(),
                    wireContract(contract),
                    HistoricalBarsRequest.endDateTime(end, now),
                    count)));
    return DailyBarFilter.completed(bars, end, count, now);
  }

  private void sendMarketDataType(MarketDataType type) {
    try {
      client.send(new RequestMarketDataType(type.code()));
    } catch (IbException e) {
      throw translate(e);
    }
  }

  private static WireContract wireContract(Contract contract) {
    return WireContract.stock(
        contract.conId(), contract.symbol(), contract.currency(), contract.primaryExchange());
  }

  private static BigDecimal decimal(Double price) {
    return price == null ? null : BigDecimal.valueOf(price);
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
    return orders().openOrders(OpenOrdersRequest.Scope.ALL_CLIENTS);
  }

  @Override
  public List<OrderReport> completedOrders() {
    return orders().completedOrders();
  }

  @Override
  public List<OrderReport> ownOpenOrders() {
    return orders().openOrders(OpenOrdersRequest.Scope.THIS_CLIENT);
  }

  /**
   * Asks the gateway for the next valid order id (REQ_IDS) and returns the id the next order placed
   * through this broker will get. Not part of {@link Broker}: order ids are this client's concern.
   */
  public int nextValidOrderId() {
    return orders().nextValidOrderId();
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
