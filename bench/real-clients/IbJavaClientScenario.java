import com.ib.client.Bar;
import com.ib.client.CommissionReport;
import com.ib.client.Contract;
import com.ib.client.ContractDetails;
import com.ib.client.Decimal;
import com.ib.client.DefaultEWrapper;
import com.ib.client.EClientSocket;
import com.ib.client.EJavaSignal;
import com.ib.client.EReader;
import com.ib.client.Execution;
import com.ib.client.ExecutionFilter;
import com.ib.client.Order;
import com.ib.client.OrderCancel;
import com.ib.client.OrderState;
import com.ib.client.TickAttrib;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One session of IB's own Java client (TWS API 10.30, {@code com.ib.client}) against a TWS API
 * server. Our own scenario, no IB code copied: it drives the client's public API as a user does
 * and prints each step's answer and time, then a summary of steps ok / failed / timed out, every
 * error message the server sent and every exception the client's decoder threw (a frame it could
 * not decode).
 *
 * <pre>java -cp TwsApi.jar:. IbJavaClientScenario PORT [TIMEOUT_SECONDS]</pre>
 *
 * <p>Exit code 0 when every step was ok, 1 otherwise. See run-ib-java-client.sh.
 */
public class IbJavaClientScenario extends DefaultEWrapper {
  /**
   * The tags ib_async asks for (github ib-api-reloaded/ib_async, ib_async/ib.py,
   * reqAccountSummaryAsync, commit 2afdae4), which are IB's documented account-summary tags.
   */
  private static final String SUMMARY_TAGS =
      "AccountType,NetLiquidation,TotalCashValue,SettledCash,AccruedCash,BuyingPower,"
          + "EquityWithLoanValue,PreviousDayEquityWithLoanValue,GrossPositionValue,RegTEquity,"
          + "RegTMargin,SMA,InitMarginReq,MaintMarginReq,AvailableFunds,ExcessLiquidity,Cushion,"
          + "FullInitMarginReq,FullMaintMarginReq,FullAvailableFunds,FullExcessLiquidity,"
          + "LookAheadNextChange,LookAheadInitMarginReq,LookAheadMaintMarginReq,"
          + "LookAheadAvailableFunds,LookAheadExcessLiquidity,HighestSeverity,DayTradesRemaining,"
          + "DayTradesRemainingT+1,DayTradesRemainingT+2,DayTradesRemainingT+3,"
          + "DayTradesRemainingT+4,Leverage";

  /** A step got an answer, but not the one it needs. */
  private static final class StepFailed extends Exception {
    StepFailed(String message) {
      super(message);
    }
  }

  private interface Action {
    String run() throws Exception;
  }

  private record Result(String step, String status, double seconds, String detail) {}

  private final EJavaSignal signal = new EJavaSignal();
  private final EClientSocket client = new EClientSocket(this, signal);
  private final int port;
  private final long timeoutMillis;
  private final List<Result> results = new ArrayList<>();
  private final List<String> serverErrors = new CopyOnWriteArrayList<>();
  private final List<String> clientErrors = new CopyOnWriteArrayList<>();

  /** One future per awaited event ("positionEnd", "contractDetailsEnd 4", ...), armed first. */
  private final Map<String, CompletableFuture<Void>> events = new ConcurrentHashMap<>();

  // what the callbacks collected; written by the client's message thread
  private volatile int nextOrderId = -1;
  private volatile String accounts = "";
  private volatile long serverTime;
  private final Map<String, String> summary = new ConcurrentHashMap<>();
  private final List<String> accountValues = new CopyOnWriteArrayList<>();
  private final List<String> portfolio = new CopyOnWriteArrayList<>();
  private final List<String> positions = new CopyOnWriteArrayList<>();
  private final List<ContractDetails> details = new CopyOnWriteArrayList<>();
  private final Map<Integer, Double> ticks = new ConcurrentHashMap<>();
  private volatile int marketDataType;
  private final List<Bar> bars = new CopyOnWriteArrayList<>();
  /** Each order's statuses in the order they came, e.g. "PreSubmitted, Submitted, Filled 1 @ 5". */
  private final Map<Integer, List<String>> orderStatus = new ConcurrentHashMap<>();
  private final List<String> openOrders = new CopyOnWriteArrayList<>();
  private final List<String> completedOrders = new CopyOnWriteArrayList<>();
  private final Map<String, String> executions = new ConcurrentHashMap<>();
  private final Map<String, Double> commissions = new ConcurrentHashMap<>();
  private volatile Contract spy;
  private int nextReqId = 1;

  private IbJavaClientScenario(int port, long timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java IbJavaClientScenario PORT [TIMEOUT_SECONDS]");
      System.exit(2);
    }
    long timeout = args.length > 1 ? Long.parseLong(args[1]) * 1000 : 10_000;
    IbJavaClientScenario scenario = new IbJavaClientScenario(Integer.parseInt(args[0]), timeout);
    scenario.run();
    scenario.printSummary();
    boolean allOk = scenario.results.stream().allMatch(r -> r.status().equals("ok"));
    System.exit(allOk && scenario.results.size() > 1 ? 0 : 1);
  }

  private void run() {
    step("connect", this::connect);
    if (!client.isConnected()) {
      return;
    }
    step("managed accounts", this::managedAccounts);
    step("reqCurrentTime", this::currentTime);
    step("account summary (all tags)", this::accountSummary);
    step("reqAccountUpdates to accountDownloadEnd", this::accountUpdates);
    step("positions", this::positions);
    step("reqContractDetails SPY", this::contractDetails);
    step("snapshot quote (delayed data)", this::snapshotQuote);
    step("daily historical bars", this::dailyBars);
    step("MKT order to its fill", this::marketOrder);
    step("open orders", this::openOrders);
    step("completed orders", this::completedOrders);
    step("executions with commission reports", this::executions);
    step("cancel a resting LMT order", this::cancelLimitOrder);
    step("disconnect", this::disconnect);
  }

  private void step(String name, Action action) {
    long started = System.nanoTime();
    String status;
    String detail;
    try {
      detail = action.run();
      status = "ok";
    } catch (TimeoutException e) {
      status = "timed out";
      detail = "no answer within " + timeoutMillis / 1000 + " s: " + e.getMessage();
    } catch (Exception e) { // a client exception is a finding, not a crash of the scenario
      status = "failed";
      detail = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    results.add(new Result(name, status, seconds, detail));
    System.out.printf("[%s] %s (%.3f s): %s%n", status, name, seconds, detail);
  }

  // ---- steps

  private String connect() throws Exception {
    arm("nextValidId");
    arm("managedAccounts");
    client.eConnect("127.0.0.1", port, 8);
    if (!client.isConnected()) {
      throw new StepFailed("not connected");
    }
    EReader reader = new EReader(client, signal);
    reader.start();
    Thread messages = new Thread(() -> processMessages(reader), "ib-messages");
    messages.setDaemon(true);
    messages.start();
    await("nextValidId");
    await("managedAccounts");
    return "server version " + client.serverVersion() + ", next order id " + nextOrderId;
  }

  /** The loop IB's client needs to decode frames; a decoder exception is a frame it rejected. */
  private void processMessages(EReader reader) {
    while (client.isConnected()) {
      signal.waitForSignal();
      try {
        reader.processMsgs();
      } catch (Exception e) {
        clientErrors.add("decoder threw " + e);
        System.out.println("    client decoder threw: " + e);
      }
    }
  }

  private String managedAccounts() throws StepFailed {
    if (accounts.isEmpty()) {
      throw new StepFailed("no managed accounts");
    }
    return accounts;
  }

  private String currentTime() throws Exception {
    arm("currentTime");
    client.reqCurrentTime();
    await("currentTime");
    return java.time.Instant.ofEpochSecond(serverTime).toString();
  }

  private String accountSummary() throws Exception {
    int reqId = nextReqId++;
    arm("accountSummaryEnd " + reqId);
    client.reqAccountSummary(reqId, "All", SUMMARY_TAGS + ",$LEDGER:ALL");
    await("accountSummaryEnd " + reqId);
    client.cancelAccountSummary(reqId);
    Set<String> missing = new TreeSet<>(List.of(SUMMARY_TAGS.split(",")));
    missing.removeAll(summary.keySet());
    Set<String> ledger = new TreeSet<>(summary.keySet());
    ledger.removeAll(List.of(SUMMARY_TAGS.split(",")));
    String detail = summary.size() + " tags; ledger tags " + ledger;
    if (!missing.isEmpty()) {
      throw new StepFailed(detail + "; no row for requested tags " + missing);
    }
    return detail;
  }

  private String accountUpdates() throws Exception {
    arm("accountDownloadEnd");
    client.reqAccountUpdates(true, accounts.split(",")[0]);
    await("accountDownloadEnd");
    client.reqAccountUpdates(false, accounts.split(",")[0]);
    if (accountValues.isEmpty()) {
      throw new StepFailed("accountDownloadEnd came, but no account values");
    }
    return accountValues.size() + " account values, portfolio " + portfolio;
  }

  private String positions() throws Exception {
    arm("positionEnd");
    client.reqPositions();
    await("positionEnd");
    client.cancelPositions();
    return positions.toString();
  }

  private String contractDetails() throws Exception {
    int reqId = nextReqId++;
    arm("contractDetailsEnd " + reqId);
    client.reqContractDetails(reqId, stock("SPY"));
    await("contractDetailsEnd " + reqId);
    if (details.isEmpty() || details.get(0).contract().conid() == 0) {
      throw new StepFailed("no contract details with a conId");
    }
    ContractDetails d = details.get(0);
    spy = d.contract();
    return details.size()
        + " details: conId "
        + spy.conid()
        + " "
        + d.longName()
        + " minTick "
        + d.minTick()
        + " tz "
        + d.timeZoneId();
  }

  private String snapshotQuote() throws Exception {
    int reqId = nextReqId++;
    client.reqMarketDataType(3);
    arm("tickSnapshotEnd " + reqId);
    client.reqMktData(reqId, requireSpy(), "", true, false, null);
    await("tickSnapshotEnd " + reqId);
    if (ticks.values().stream().noneMatch(p -> p > 0)) {
      throw new StepFailed("snapshot without a price: " + ticks);
    }
    return "marketDataType " + marketDataType + ", price ticks (type=price) " + ticks;
  }

  private String dailyBars() throws Exception {
    int reqId = nextReqId++;
    arm("historicalDataEnd " + reqId);
    client.reqHistoricalData(reqId, requireSpy(), "", "1 M", "1 day", "TRADES", 1, 1, false, null);
    await("historicalDataEnd " + reqId);
    if (bars.isEmpty()) {
      throw new StepFailed("no bars");
    }
    Bar last = bars.get(bars.size() - 1);
    return bars.size() + " bars, last " + last.time() + " close " + last.close();
  }

  private String marketOrder() throws Exception {
    int orderId = nextOrderId++;
    arm("Filled " + orderId);
    client.placeOrder(orderId, requireSpy(), order("MKT", 0));
    await("Filled " + orderId);
    return "order " + orderId + " statuses " + orderStatus.get(orderId);
  }

  private String openOrders() throws Exception {
    openOrders.clear();
    arm("openOrderEnd");
    client.reqOpenOrders();
    await("openOrderEnd");
    return openOrders.toString();
  }

  private String completedOrders() throws Exception {
    arm("completedOrdersEnd");
    client.reqCompletedOrders(false);
    await("completedOrdersEnd");
    return completedOrders.toString();
  }

  private String executions() throws Exception {
    int reqId = nextReqId++;
    arm("execDetailsEnd " + reqId);
    client.reqExecutions(reqId, new ExecutionFilter());
    await("execDetailsEnd " + reqId);
    if (executions.isEmpty()) {
      throw new StepFailed("no executions after a fill");
    }
    // a commission report follows its execution; give late ones the step's time
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!commissions.keySet().containsAll(executions.keySet())
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    Set<String> without = new TreeSet<>(executions.keySet());
    without.removeAll(commissions.keySet());
    String detail = "executions " + executions + ", commissions " + commissions;
    if (!without.isEmpty()) {
      throw new StepFailed(detail + "; no commission report for " + without);
    }
    return detail;
  }

  private String cancelLimitOrder() throws Exception {
    int orderId = nextOrderId++;
    arm("resting " + orderId);
    arm("Cancelled " + orderId);
    client.placeOrder(orderId, requireSpy(), order("LMT", 1.00));
    await("resting " + orderId);
    client.cancelOrder(orderId, new OrderCancel());
    await("Cancelled " + orderId);
    return "order " + orderId + " statuses " + orderStatus.get(orderId);
  }

  private String disconnect() {
    client.eDisconnect();
    return "connected afterwards: " + client.isConnected();
  }

  // ---- helpers

  private void arm(String event) {
    events.put(event, new CompletableFuture<>());
  }

  private void signal(String event) {
    events.computeIfAbsent(event, e -> new CompletableFuture<>()).complete(null);
  }

  private void await(String event) throws Exception {
    try {
      events.get(event).get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException("waiting for " + event);
    } catch (ExecutionException e) {
      throw new StepFailed(e.getCause().getMessage());
    }
  }

  private Contract requireSpy() throws StepFailed {
    if (spy == null) {
      throw new StepFailed("no SPY contract (reqContractDetails failed)");
    }
    return spy;
  }

  private static Contract stock(String symbol) {
    Contract contract = new Contract();
    contract.symbol(symbol);
    contract.secType("STK");
    contract.exchange("SMART");
    contract.currency("USD");
    return contract;
  }

  private static Order order(String type, double limit) {
    Order order = new Order();
    order.action("BUY");
    order.totalQuantity(Decimal.ONE);
    order.orderType(type);
    if (type.equals("LMT")) {
      order.lmtPrice(limit);
    }
    order.tif("DAY");
    return order;
  }

  private void printSummary() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    System.out.println();
    System.out.println("== summary (IB's Java client)");
    for (Result r : results) {
      System.out.printf("  %-9s %7.3f s  %s%n", r.status(), r.seconds(), r.step());
      counts.merge(r.status(), 1, Integer::sum);
    }
    StringBuilder line = new StringBuilder("  ");
    counts.forEach((status, n) -> line.append(n).append(' ').append(status).append(", "));
    System.out.println(line.substring(0, line.length() - 2));
    System.out.println("  client decoder exceptions: " + clientErrors.size());
    clientErrors.forEach(e -> System.out.println("    " + e));
    System.out.println("  server error messages: " + serverErrors.size());
    serverErrors.forEach(e -> System.out.println("    " + e));
  }

  // ---- EWrapper callbacks (the client's message thread)

  @Override
  public void nextValidId(int orderId) {
    nextOrderId = orderId;
    signal("nextValidId");
  }

  @Override
  public void managedAccounts(String accountsList) {
    accounts = accountsList;
    signal("managedAccounts");
  }

  @Override
  public void currentTime(long time) {
    serverTime = time;
    signal("currentTime");
  }

  @Override
  public void accountSummary(int reqId, String account, String tag, String value, String currency) {
    // IB's decoder hands an empty field over as null: a ratio or text tag has no currency
    summary.put(tag, value + (currency == null || currency.isEmpty() ? "" : " " + currency));
  }

  @Override
  public void accountSummaryEnd(int reqId) {
    signal("accountSummaryEnd " + reqId);
  }

  @Override
  public void updateAccountValue(String key, String value, String currency, String accountName) {
    accountValues.add(key + "=" + value);
  }

  @Override
  public void updatePortfolio(
      Contract contract,
      Decimal position,
      double marketPrice,
      double marketValue,
      double averageCost,
      double unrealizedPNL,
      double realizedPNL,
      String accountName) {
    portfolio.add(contract.symbol() + " " + position + " @ " + marketPrice);
  }

  @Override
  public void accountDownloadEnd(String accountName) {
    signal("accountDownloadEnd");
  }

  @Override
  public void position(String account, Contract contract, Decimal pos, double avgCost) {
    positions.add(contract.symbol() + " " + pos + " avgCost " + avgCost);
  }

  @Override
  public void positionEnd() {
    signal("positionEnd");
  }

  @Override
  public void contractDetails(int reqId, ContractDetails contractDetails) {
    details.add(contractDetails);
  }

  @Override
  public void contractDetailsEnd(int reqId) {
    signal("contractDetailsEnd " + reqId);
  }

  @Override
  public void marketDataType(int reqId, int type) {
    marketDataType = type;
  }

  @Override
  public void tickPrice(int tickerId, int field, double price, TickAttrib attrib) {
    ticks.put(field, price);
  }

  @Override
  public void tickSnapshotEnd(int reqId) {
    signal("tickSnapshotEnd " + reqId);
  }

  @Override
  public void historicalData(int reqId, Bar bar) {
    bars.add(bar);
  }

  @Override
  public void historicalDataEnd(int reqId, String startDateStr, String endDateStr) {
    signal("historicalDataEnd " + reqId);
  }

  @Override
  public void orderStatus(
      int orderId,
      String status,
      Decimal filled,
      Decimal remaining,
      double avgFillPrice,
      int permId,
      int parentId,
      double lastFillPrice,
      int clientId,
      String whyHeld,
      double mktCapPrice) {
    String fill = status.equals("Filled") ? " " + filled + " @ " + avgFillPrice : "";
    orderStatus.computeIfAbsent(orderId, id -> new CopyOnWriteArrayList<>()).add(status + fill);
    signal(status + " " + orderId);
    if (status.equals("Submitted") || status.equals("PreSubmitted")) {
      signal("resting " + orderId);
    }
    if (status.equals("Inactive") || status.equals("Cancelled") || status.equals("ApiCancelled")) {
      // a fill or a resting order waited for in vain: fail the step now instead of timing out
      RuntimeException ended = new RuntimeException("order " + orderId + " ended " + status);
      events.computeIfAbsent("Filled " + orderId, e -> new CompletableFuture<>())
          .completeExceptionally(ended);
      events.computeIfAbsent("resting " + orderId, e -> new CompletableFuture<>())
          .completeExceptionally(ended);
    }
  }

  @Override
  public void openOrder(int orderId, Contract contract, Order order, OrderState orderState) {
    openOrders.add(orderId + " " + contract.symbol() + " " + orderState.getStatus());
  }

  @Override
  public void openOrderEnd() {
    signal("openOrderEnd");
  }

  @Override
  public void completedOrder(Contract contract, Order order, OrderState orderState) {
    completedOrders.add(
        contract.symbol() + " " + order.getAction() + " " + orderState.getStatus());
  }

  @Override
  public void completedOrdersEnd() {
    signal("completedOrdersEnd");
  }

  @Override
  public void execDetails(int reqId, Contract contract, Execution execution) {
    executions.put(execution.execId(), execution.shares() + " @ " + execution.price());
  }

  @Override
  public void execDetailsEnd(int reqId) {
    signal("execDetailsEnd " + reqId);
  }

  @Override
  public void commissionReport(CommissionReport report) {
    commissions.put(report.execId(), report.commission());
  }

  @Override
  public void error(int id, int errorCode, String errorMsg, String advancedOrderRejectJson) {
    String line = "id " + id + " code " + errorCode + ": " + errorMsg;
    serverErrors.add(line);
    System.out.println("    server error: " + line);
  }

  @Override
  public void error(Exception e) {
    clientErrors.add("client error " + e);
    System.out.println("    client error: " + e);
  }

  @Override
  public void error(String str) {
    clientErrors.add("client error " + str);
    System.out.println("    client error: " + str);
  }

  @Override
  public void connectionClosed() {
    System.out.println("    connection closed");
  }
}
