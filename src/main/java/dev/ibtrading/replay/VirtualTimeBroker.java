package dev.ibtrading.replay;

import dev.ibtrading.broker.AccountCurrency;
import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Broker;
import dev.ibtrading.broker.ConnectionState;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.FxRate;
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

/**
 * The worker's broker (the TWS client over its socket) with waiting for fills in virtual time.
 * While a run waits, the replay's clock stands still, so nothing at the paper gateway can change
 * any more: a wait that real time would spend (a market order placed after the close waits for the
 * next open) ends at once with the order as it stands. Everything else is passed on unchanged.
 */
final class VirtualTimeBroker implements Broker {
  private final Broker broker;

  VirtualTimeBroker(Broker broker) {
    this.broker = broker;
  }

  /**
   * One round trip first: the gateway answers in order on the same socket, so once it answered,
   * every update it sent for the order before (fills, status, commissions) has been read.
   */
  @Override
  public OrderReport awaitOrder(int orderId, Duration timeout) {
    broker.currentTime();
    Optional<OrderReport> now = broker.order(orderId);
    if (now.isPresent() && !now.get().status().isTerminal()) {
      return now.get();
    }
    return broker.awaitOrder(orderId, timeout); // terminal: returns at once
  }

  @Override
  public ConnectionState connectionState() {
    return broker.connectionState();
  }

  @Override
  public String account() {
    return broker.account();
  }

  @Override
  public List<String> managedAccounts() {
    return broker.managedAccounts();
  }

  @Override
  public Instant currentTime() {
    return broker.currentTime();
  }

  @Override
  public AccountSnapshot accountSnapshot() {
    return broker.accountSnapshot();
  }

  @Override
  public AccountCurrency accountCurrency() {
    return broker.accountCurrency();
  }

  @Override
  public Optional<FxRate> fxRate(String from, String to) {
    return broker.fxRate(from, to);
  }

  @Override
  public List<Position> positions() {
    return broker.positions();
  }

  @Override
  public Contract contract(Instrument instrument) {
    return broker.contract(instrument);
  }

  @Override
  public void setMarketDataType(MarketDataType type) {
    broker.setMarketDataType(type);
  }

  @Override
  public Quote quote(Contract contract) {
    return broker.quote(contract);
  }

  @Override
  public List<Bar> dailyBars(Contract contract, LocalDate end, int count) {
    return broker.dailyBars(contract, end, count);
  }

  @Override
  public OrderReport placeOrder(OrderRequest request) {
    return broker.placeOrder(request);
  }

  @Override
  public Optional<OrderReport> order(int orderId) {
    return broker.order(orderId);
  }

  @Override
  public void cancelOrder(int orderId) {
    broker.cancelOrder(orderId);
  }

  @Override
  public void cancelAllOrders() {
    broker.cancelAllOrders();
  }

  @Override
  public List<OrderReport> openOrders() {
    return broker.openOrders();
  }

  @Override
  public List<OrderReport> completedOrders() {
    return broker.completedOrders();
  }

  @Override
  public List<OrderReport> ownOpenOrders() {
    return broker.ownOpenOrders();
  }

  @Override
  public List<Fill> executions() {
    return broker.executions();
  }
}
