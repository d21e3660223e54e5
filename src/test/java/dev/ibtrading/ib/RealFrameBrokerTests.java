package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.AccountSnapshot;
import dev.ibtrading.broker.Bar;
import dev.ibtrading.broker.Contract;
import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.Instrument;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderRequest;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.broker.Position;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.RealFrameCorpus;
import dev.ibtrading.ib.message.RealFrameCorpus.RealFrame;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.wire.FieldReader;
import dev.ibtrading.testsupport.TestSettings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The broker over frames real gateways sent: a {@link ReplayingGateway} answers each request with
 * captured frames, and what {@link IbBroker} reads equals the values in those frames.
 */
class RealFrameBrokerTests {
  /** Not the client id of any recorded session, so that their orders are other clients'. */
  private static final int CLIENT_ID = 7;

  private static final String PYFUTURES_SESSION = "test_client_connection=test_connect.json";
  private static final String PYFUTURES_ORDERS = "pyfutures/tests/unit/adapter/test_execution.py";
  private static final String PYFUTURES_START = "pyfutures/tests/unit/client/test_connection.py";
  private static final String RUST_CONNECTION = "src/transport/connection/tests.rs";

  @Test
  void accountSnapshotIsTheCapturedSummary() throws Exception {
    List<RealFrame> session = recording(PYFUTURES_SESSION);
    List<RealFrame> rows = named(session, "ACCOUNT_SUMMARY");
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(session, "MANAGED_ACCTS", "NEXT_VALID_ID", "ERR_MSG"))
            .answer(62, named(session, "ACCOUNT_SUMMARY", "ACCOUNT_SUMMARY_END"));

    AccountSnapshot snapshot = withBroker(script, IbBroker::accountSnapshot);

    assertThat(snapshot.account()).isEqualTo(rows.get(0).fields().get(3));
    assertThat(snapshot.currency()).isEqualTo(row(rows, "NetLiquidation").get(6));
    assertThat(snapshot.netLiquidation()).isEqualByComparingTo(value(rows, "NetLiquidation"));
    assertThat(snapshot.totalCashValue()).isEqualByComparingTo(value(rows, "TotalCashValue"));
    assertThat(snapshot.equityWithLoanValue())
        .isEqualByComparingTo(value(rows, "EquityWithLoanValue"));
    assertThat(snapshot.previousEquityWithLoanValue())
        .isEqualByComparingTo(value(rows, "PreviousDayEquityWithLoanValue"));
    assertThat(snapshot.maintMarginReq()).isEqualByComparingTo(value(rows, "MaintMarginReq"));
    assertThat(snapshot.excessLiquidity()).isEqualByComparingTo(value(rows, "ExcessLiquidity"));
    assertThat(snapshot.cushion()).isEqualByComparingTo(value(rows, "Cushion"));
    assertThat(snapshot.buyingPower()).isEqualByComparingTo(value(rows, "BuyingPower"));
  }

  @Test
  void positionsAreTheCapturedStockPositionsOfTheAccount() throws Exception {
    List<RealFrame> ibkrGo = RealFrameCorpus.where(f -> f.repository().endsWith("ibkr-go"));
    List<RealFrame> positions = RealFrameCorpus.where(f -> f.name().equals("POSITION"));
    String account = named(ibkrGo, "MANAGED_ACCTS").get(0).fields().get(2);
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(ibkrGo, "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(61, positions) // every account's and security type's, as a gateway mixes them
            .answer(61, named(ibkrGo, "POSITION_END"));
    List<List<String>> stocksOfAccount =
        positions.stream()
            .map(RealFrame::fields)
            .filter(f -> f.get(2).equals(account) && f.get(5).equals("STK"))
            .toList();

    List<Position> read = withBroker(script, IbBroker::positions);

    assertThat(stocksOfAccount).isNotEmpty();
    assertThat(read).hasSameSizeAs(stocksOfAccount);
    for (int i = 0; i < read.size(); i++) {
      List<String> row = stocksOfAccount.get(i);
      Position position = read.get(i);
      assertThat(position.account()).isEqualTo(account);
      assertThat(position.contract().conId()).isEqualTo(Integer.parseInt(row.get(3)));
      assertThat(position.contract().symbol()).isEqualTo(row.get(4));
      assertThat(position.quantity()).isEqualByComparingTo(row.get(14));
      assertThat(position.averageCost()).isEqualByComparingTo(row.get(15));
    }
  }

  @Test
  void contractIsTheCapturedContractDetails() throws Exception {
    List<RealFrame> rust = recording(RUST_CONNECTION);
    RealFrame aapl =
        named(rust, "CONTRACT_DATA").stream()
            .filter(f -> f.fields().get(2).equals("AAPL"))
            .findFirst()
            .orElseThrow();
    List<String> details = aapl.fields();
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(sessionStart(rust))
            .answer(9, List.of(aapl))
            .answer(
                9, RealFrameCorpus.where(f -> f.name().equals("CONTRACT_DATA_END")).subList(0, 1));

    Contract contract = withBroker(script, b -> b.contract(Instrument.usStock("AAPL")));

    assertThat(contract.conId()).isEqualTo(Integer.parseInt(details.get(12)));
    assertThat(contract.symbol()).isEqualTo(details.get(2));
    assertThat(contract.currency()).isEqualTo(details.get(8));
    assertThat(contract.minTick()).isEqualByComparingTo(details.get(13));
    assertThat(contract.longName()).isEqualTo(details.get(19));
    assertThat(contract.primaryExchange()).isEqualTo(details.get(20));
  }

  @Test
  void dailyBarsAreTheCapturedBars() throws Exception {
    RealFrame history =
        RealFrameCorpus.where(
                f -> f.name().equals("HISTORICAL_DATA") && f.repository().endsWith("rust-ibapi"))
            .get(0);
    List<String> fields = history.fields();
    int count = Integer.parseInt(fields.get(4));
    LocalDate last =
        LocalDate.parse(fields.get(5 + 8 * (count - 1)), DateTimeFormatter.BASIC_ISO_DATE);
    // Not captured: the server time the broker asks for first. The recording's end time stands
    // for it (the frame's own end string, "yyyyMMdd  HH:mm:ss" in the gateway's New York zone).
    long serverTime =
        LocalDateTime.parse(fields.get(3), DateTimeFormatter.ofPattern("yyyyMMdd  HH:mm:ss"))
            .atZone(ZoneId.of("America/New_York"))
            .toEpochSecond();
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(sessionStart(recording(RUST_CONNECTION)))
            .answerWith(49, List.of("49", "1", String.valueOf(serverTime)))
            .answer(20, List.of(history));
    Contract contract = new Contract(265598, "AAPL", "USD", "NASDAQ", null, "");

    List<Bar> bars = withBroker(script, b -> b.dailyBars(contract, last, count));

    assertThat(bars).hasSize(count);
    for (int i = 0; i < count; i++) {
      List<String> bar = fields.subList(5 + 8 * i, 5 + 8 * (i + 1));
      assertThat(bars.get(i).date().format(DateTimeFormatter.BASIC_ISO_DATE)).isEqualTo(bar.get(0));
      assertThat(bars.get(i).open()).isEqualByComparingTo(bar.get(1));
      assertThat(bars.get(i).high()).isEqualByComparingTo(bar.get(2));
      assertThat(bars.get(i).low()).isEqualByComparingTo(bar.get(3));
      assertThat(bars.get(i).close()).isEqualByComparingTo(bar.get(4));
      assertThat(bars.get(i).volume()).isEqualByComparingTo(bar.get(5));
    }
  }

  @Test
  void executionsAreTheCapturedFillsWithTheirCommissions() throws Exception {
    List<RealFrame> orders = recording(PYFUTURES_ORDERS);
    List<RealFrame> executions =
        named(orders, "EXECUTION_DATA").stream()
            .filter(f -> f.fields().get(16).equals("DU1234567"))
            .toList();
    List<RealFrame> commissions = named(orders, "COMMISSION_REPORT");
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(recording(PYFUTURES_START), "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(7, executions)
            .answer(7, commissions)
            // Not captured: the end marker, [55, version 1, reqId] (reference §3.11).
            .answerWith(7, List.of("55", "1", "0"));

    List<Fill> fills = withBroker(script, IbBroker::executions);

    assertThat(fills).hasSameSizeAs(executions);
    for (int i = 0; i < fills.size(); i++) {
      List<String> execution = executions.get(i).fields();
      Fill fill = fills.get(i);
      assertThat(fill.execId()).isEqualTo(execution.get(14));
      assertThat(fill.orderId()).isEqualTo(Integer.parseInt(execution.get(2)));
      assertThat(fill.account()).isEqualTo(execution.get(16));
      assertThat(fill.contract().conId()).isEqualTo(Integer.parseInt(execution.get(3)));
      assertThat(fill.side()).isEqualTo(OrderSide.BUY); // every captured one is BOT
      assertThat(execution.get(18)).isEqualTo("BOT");
      assertThat(fill.shares()).isEqualByComparingTo(execution.get(19));
      assertThat(fill.price()).isEqualByComparingTo(execution.get(20));
      List<String> report =
          commissions.stream()
              .map(RealFrame::fields)
              .filter(c -> c.get(2).equals(fill.execId()))
              .findFirst()
              .orElseThrow();
      assertThat(fill.commission()).isEqualByComparingTo(report.get(3));
    }
  }

  /**
   * IB writes execution times as {@code yyyyMMdd-HH:mm:ss} in UTC (the recorded gateway ran in
   * "Greenwich Mean Time", so the captured text is the UTC time of the fill).
   */
  @Test
  void executionTimesWithADashAreUtc() throws Exception {
    List<RealFrame> orders = recording(PYFUTURES_ORDERS);
    RealFrame execution = named(orders, "EXECUTION_DATA").get(0);
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(recording(PYFUTURES_START), "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(7, List.of(execution))
            .answerWith(7, List.of("55", "1", "0")); // not captured: the end marker (§3.11)

    List<Fill> fills = withBroker(script, IbBroker::executions);

    assertThat(fills).hasSize(1);
    assertThat(fills.get(0).time())
        .isEqualTo(
            LocalDateTime.parse(
                    execution.fields().get(15), DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss"))
                .atZone(ZoneId.of("UTC"))
                .toInstant());
  }

  @Test
  void placedMarketOrderReadsTheCapturedFill() throws Exception {
    List<RealFrame> rust = recording(RUST_CONNECTION);
    List<RealFrame> orderSession =
        rust.stream().filter(f -> f.session().startsWith("test_bus_send_order_request")).toList();
    List<RealFrame> answer = named(orderSession, "OPEN_ORDER", "ORDER_STATUS", "EXECUTION_DATA");
    List<String> execution = named(orderSession, "EXECUTION_DATA").get(0).fields();
    List<String> lastStatus = named(orderSession, "ORDER_STATUS").get(1).fields();
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(orderSession, "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(8, named(orderSession, "NEXT_VALID_ID"))
            .answer(3, answer);
    // The session's client: the captured order messages name it, and a client takes only its own.
    int recordedClientId = Integer.parseInt(lastStatus.get(9));
    Contract aapl = new Contract(265598, "AAPL", "USD", "NASDAQ", null, "");

    OrderReport report =
        withBroker(
            script,
            recordedClientId,
            b -> {
              OrderReport placed =
                  b.placeOrder(OrderRequest.market(aapl, OrderSide.BUY, new BigDecimal("100"), ""));
              return b.awaitOrder(placed.orderId(), Duration.ofSeconds(10));
            });

    assertThat(report.orderId()).isEqualTo(Integer.parseInt(lastStatus.get(1)));
    assertThat(report.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(report.permId()).isEqualTo(Long.parseLong(lastStatus.get(6)));
    assertThat(report.filled()).isEqualByComparingTo(lastStatus.get(3));
    assertThat(report.remaining()).isEqualByComparingTo(lastStatus.get(4));
    assertThat(report.averageFillPrice()).isEqualByComparingTo(lastStatus.get(5));
    assertThat(report.fills())
        .singleElement()
        .satisfies(
            fill -> {
              assertThat(fill.execId()).isEqualTo(execution.get(14));
              assertThat(fill.price()).isEqualByComparingTo(execution.get(20));
              assertThat(fill.shares()).isEqualByComparingTo(execution.get(19));
            });
  }

  @Test
  void openOrdersOfOtherClientsAreReportedWithTheirCapturedState() throws Exception {
    List<RealFrame> openOrders = RealFrameCorpus.where(f -> f.name().equals("OPEN_ORDER"));
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(recording(PYFUTURES_START), "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(16, openOrders)
            .answer(16, RealFrameCorpus.where(f -> f.name().equals("OPEN_ORDER_END")));
    // The last frame per permanent id is the order's state the gateway reported last.
    Map<Long, OpenOrder> latest = new LinkedHashMap<>();
    for (RealFrame frame : openOrders) {
      OpenOrder order = (OpenOrder) ServerMessageType.decode(new FieldReader(frame.fields()));
      latest.put(order.permId(), order);
    }

    List<OrderReport> reports = withBroker(script, IbBroker::openOrders);

    // Orders whose last state is final are not open: the broker leaves them out.
    latest.values().removeIf(o -> OrderStatus.fromIb(o.status()).isTerminal());
    assertThat(latest).isNotEmpty();
    assertThat(reports)
        .extracting(OrderReport::permId)
        .containsExactlyInAnyOrderElementsOf(latest.keySet());
    for (OrderReport report : reports) {
      OpenOrder captured = latest.get(report.permId());
      assertThat(captured.clientId()).isNotEqualTo(CLIENT_ID);
      assertThat(report.orderId()).isEqualTo(captured.orderId());
      assertThat(report.status()).isEqualTo(OrderStatus.fromIb(captured.status()));
    }
  }

  /** Another client's order with a time in force the worker never uses is still read in full. */
  @Test
  void openOrderOfAnotherClientWithAnotherTimeInForceIsRead() throws Exception {
    RealFrame ioc =
        RealFrameCorpus.where(
                f -> f.name().equals("OPEN_ORDER") && f.fields().get(18).equals("IOC"))
            .get(0);
    ReplayingGateway.Script script =
        ReplayingGateway.script()
            .atStart(named(recording(PYFUTURES_START), "MANAGED_ACCTS", "NEXT_VALID_ID"))
            .answer(16, List.of(ioc))
            .answer(16, RealFrameCorpus.where(f -> f.name().equals("OPEN_ORDER_END")));

    List<OrderReport> reports = withBroker(script, IbBroker::openOrders);

    assertThat(reports)
        .singleElement()
        .satisfies(
            r -> {
              // Described as it is; no request of the worker's, which never places IOC orders.
              assertThat(r.request()).isNull();
              assertThat(r.description().contract().symbol()).isEqualTo(ioc.fields().get(3));
              assertThat(r.description().quantity()).isEqualByComparingTo(ioc.fields().get(14));
              assertThat(r.description().timeInForce()).isEqualTo(ioc.fields().get(18));
            });
  }

  // ---- helpers ----

  private interface BrokerCall<T> {
    T apply(IbBroker broker) throws Exception;
  }

  private static <T> T withBroker(ReplayingGateway.Script script, BrokerCall<T> call)
      throws Exception {
    return withBroker(script, CLIENT_ID, call);
  }

  private static <T> T withBroker(ReplayingGateway.Script script, int clientId, BrokerCall<T> call)
      throws Exception {
    try (ReplayingGateway gateway = script.serve();
        IbClient client = new IbClient(TestSettings.fast(gateway.port(), clientId))) {
      client.connect();
      return call.apply(new IbBroker(client, ""));
    }
  }

  private static List<RealFrame> recording(String pathEnd) {
    List<RealFrame> frames = RealFrameCorpus.where(f -> f.path().endsWith(pathEnd));
    assertThat(frames).as("recording " + pathEnd).isNotEmpty();
    return frames;
  }

  /** The first managed accounts and next valid id of a recording: what makes a session usable. */
  private static List<RealFrame> sessionStart(List<RealFrame> recording) {
    return List.of(
        named(recording, "MANAGED_ACCTS").get(0), named(recording, "NEXT_VALID_ID").get(0));
  }

  private static List<RealFrame> named(List<RealFrame> frames, String... names) {
    Set<String> wanted = Set.of(names);
    return frames.stream().filter(f -> wanted.contains(f.name())).toList();
  }

  private static List<String> row(List<RealFrame> rows, String tag) {
    return rows.stream()
        .map(RealFrame::fields)
        .filter(f -> f.get(4).equals(tag))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no captured row for " + tag));
  }

  private static BigDecimal value(List<RealFrame> rows, String tag) {
    return new BigDecimal(row(rows, tag).get(5));
  }
}
