package dev.ibtrading.broker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The broker as the worker uses it. Calls block until the broker answers or their timeout passes,
 * and fail with {@link BrokerException}: transient when there is no connection or no answer in time
 * (the outcome at the broker is then unknown, never assumed empty), permanent when the broker
 * refused the request.
 *
 * <p>Implementations: the TWS client ({@code dev.ibtrading.ib.IbBroker}), which talks to IB Gateway
 * or to the paper gateway.
 */
public interface Broker {
  /** The connection as far as the worker can tell; requests fail at once unless CONNECTED. */
  ConnectionState connectionState();

  /** The account this worker trades. */
  String account();

  /** The accounts the gateway's login manages, as it reported them at connection; empty before. */
  List<String> managedAccounts();

  /** The broker's clock. */
  Instant currentTime();

  /** The account summary values of {@link #account()}. */
  AccountSnapshot accountSnapshot();

  /**
   * The base currency of {@link #account()} (the one NetLiquidation is reported in) and its cash
   * per currency with IB's exchange rates to the base.
   */
  AccountCurrency accountCurrency();

  /**
   * What one unit of {@code from} is worth in {@code to}, from the broker's market data for the
   * currency pair; a currency to itself is 1 without asking.
   *
   * @return empty when the broker quoted the pair without a bid and an ask (no FX market now, or no
   *     data): a rate it cannot vouch for is no rate
   * @throws BrokerException permanent when the broker knows the pair neither way round
   */
  Optional<FxRate> fxRate(String from, String to);

  /** Every position of {@link #account()}, including ones this worker did not open. */
  List<Position> positions();

  /**
   * Qualifies an instrument: its contract id, primary exchange and minimum tick.
   *
   * @throws BrokerException (permanent) when the broker knows no such instrument
   */
  Contract contract(Instrument instrument);

  /** Chooses live, frozen or delayed data for later quotes. */
  void setMarketDataType(MarketDataType type);

  /** A snapshot quote. */
  Quote quote(Contract contract);

  /**
   * Completed daily bars of regular-hours trades, oldest first, ending with the last bar completed
   * on or before {@code end}.
   */
  List<Bar> dailyBars(Contract contract, LocalDate end, int count);

  /**
   * Places an order and returns once the broker acknowledged it (or rejected it). Never retried
   * internally: one call, at most one order.
   */
  OrderReport placeOrder(OrderRequest request);

  /**
   * Waits until the order is terminal or {@code timeout} passes, whichever comes first, and reports
   * its state then.
   */
  OrderReport awaitOrder(int orderId, Duration timeout);

  /** The latest known state of an order this session placed or saw. */
  Optional<OrderReport> order(int orderId);

  /** Asks the broker to cancel one order. */
  void cancelOrder(int orderId);

  /** Asks the broker to cancel every open order of the account, from any client. */
  void cancelAllOrders();

  /** Open orders of the account, from any client. */
  List<OrderReport> openOrders();

  /** Open orders placed by this worker's own session (its client id). */
  List<OrderReport> ownOpenOrders();

  /**
   * Orders of the account that ended today (filled, cancelled, expired, rejected), from any client
   * and any earlier session: the only way a new session sees an order that ended without a fill.
   * Their order id is unknown (0); their permId is the broker's.
   */
  List<OrderReport> completedOrders();

  /** Today's executions of the account, with commissions where reported. */
  List<Fill> executions();
}
