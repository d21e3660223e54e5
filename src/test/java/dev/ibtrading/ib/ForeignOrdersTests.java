package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.Fill;
import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.CommissionReport;
import dev.ibtrading.ib.message.Execution;
import dev.ibtrading.ib.message.ExecutionData;
import dev.ibtrading.ib.message.ExecutionDataEnd;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.OpenOrderEnd;
import dev.ibtrading.ib.message.OrderStatusMessage;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.WireContract;
import dev.ibtrading.outcome.ReportedOrder;
import dev.ibtrading.testsupport.TestSettings;
import java.io.EOFException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a real account holds besides the worker's own orders, read over a real socket from a
 * scripted gateway: every time in force, order type and security type is read and reported, and
 * none is taken for an order the worker placed.
 */
class ForeignOrdersTests {
  private static final int OWN_CLIENT = 1;
  private static final String ACCOUNT = "DU0000001";

  private static final WireContract AAPL = stock(265598, "AAPL");
  private static final WireContract SPY = stock(756733, "SPY");
  private static final WireContract SPY_CALL =
      new WireContract(
          123456789,
          "SPY",
          "OPT",
          "20240126",
          450,
          "C",
          "100",
          "SMART",
          "",
          "USD",
          "SPY   240126C00450000",
          "SPY");
  private static final WireContract ES =
      new WireContract(
          637533641, "ES", "FUT", "20250919", 0, "", "50", "CME", "", "USD", "ESU5", "ES");
  private static final WireContract EUR_USD =
      new WireContract(
          12087792, "EUR", "CASH", "", 0, "", "", "IDEALPRO", "", "USD", "EUR.USD", "EUR.USD");

  /** One open order of the account: its OPEN_ORDER and the ORDER_STATUS that comes with it. */
  private record Open(OpenOrder order) {
    OrderStatusMessage status() {
      BigDecimal quantity = order.terms().totalQuantity();
      return new OrderStatusMessage(
          order.orderId(),
          order.status(),
          BigDecimal.ZERO,
          quantity,
          0,
          order.permId(),
          0,
          0,
          order.clientId(),
          "",
          0);
    }
  }

  // The case: a manual (client 0) IOC market order caught in PendingCancel.
  private static final Open IOC_MARKET =
      open(0, 11, AAPL, terms("SELL", "100", "MKT", null, null, "IOC"), "PendingCancel");
  private static final Open STOP_LIMIT_GTC =
      open(5, 12, SPY, terms("BUY", "10", "STP LMT", 500.0, 495.0, "GTC"), "PreSubmitted");
  private static final Open OPTION_LIMIT =
      open(0, 13, SPY_CALL, terms("BUY", "2", "LMT", 3.5, null, "DAY"), "Submitted");
  private static final Open FUTURE_TRAIL_GTD =
      open(7, 14, ES, terms("SSHORT", "1", "TRAIL", null, 10.0, "GTD"), "PreSubmitted");
  // A forex order sized by cash: IB leaves its total quantity unset.
  private static final Open FOREX_CASH_QUANTITY =
      open(0, 15, EUR_USD, terms("BUY", null, "MKT", null, null, "FOK"), "Submitted");
  // Under the worker's own client id, yet nothing the worker places.
  private static final Open OWN_CLIENT_TRAIL =
      open(OWN_CLIENT, 16, SPY, terms("BUY", "5", "TRAIL", null, 2.0, "DTC"), "PreSubmitted");
  private static final Open UNKNOWN_ACTION =
      open(0, 17, AAPL, terms("SWAP", "1", "MKT", null, null, "DAY"), "Submitted");

  private static final List<Open> ACCOUNT_ORDERS =
      List.of(
          IOC_MARKET,
          STOP_LIMIT_GTC,
          OPTION_LIMIT,
          FUTURE_TRAIL_GTD,
          FOREX_CASH_QUANTITY,
          OWN_CLIENT_TRAIL,
          UNKNOWN_ACTION);

  @Test
  void everyOpenOrderOfTheAccountIsReadAndReportedAsWhatItIs() throws Exception {
    try (RawGateway raw = RawGateway.serve(ForeignOrdersTests::answer);
        IbClient client = new IbClient(TestSettings.fast(raw.port(), OWN_CLIENT))) {
      client.connect();
      IbBroker broker = new IbBroker(client, ACCOUNT);

      Map<Long, OrderReport> byPermId =
          broker.openOrders().stream()
              .collect(Collectors.toMap(OrderReport::permId, Function.identity()));
      List<ReportedOrder> reported = broker.openOrders().stream().map(ReportedOrder::from).toList();

      // The one without a known action is left out (logged); every other one is there.
      assertThat(byPermId.keySet())
          .containsExactlyInAnyOrder(1011L, 1012L, 1013L, 1014L, 1015L, 1016L);
      assertThat(reported).hasSize(6);

      OrderReport ioc = byPermId.get(1011L);
      assertThat(ioc.request()).as("IOC is no time in force the worker places").isNull();
      assertThat(ioc.status()).isEqualTo(OrderStatus.PENDING_CANCEL);
      assertThat(ioc.description().timeInForce()).isEqualTo("IOC");
      assertThat(ioc.description().side()).isEqualTo(OrderSide.SELL);
      assertThat(ReportedOrder.from(ioc))
          .extracting(
              ReportedOrder::symbol,
              ReportedOrder::type,
              ReportedOrder::secType,
              ReportedOrder::timeInForce)
          .containsExactly("AAPL", "mkt", "STK", "IOC");

      assertThat(ReportedOrder.from(byPermId.get(1012L)).type()).isEqualTo("stp lmt");
      assertThat(byPermId.get(1012L).description().limitPrice()).isEqualByComparingTo("500");

      OrderReport option = byPermId.get(1013L);
      assertThat(option.request()).as("an option on SPY is no SPY stock order").isNull();
      assertThat(option.description().isStock()).isFalse();
      assertThat(ReportedOrder.from(option).secType()).isEqualTo("OPT");

      assertThat(byPermId.get(1014L).description().side()).isEqualTo(OrderSide.SELL);
      assertThat(ReportedOrder.from(byPermId.get(1014L)))
          .extracting(ReportedOrder::symbol, ReportedOrder::type, ReportedOrder::secType)
          .containsExactly("ES", "trail", "FUT");

      assertThat(byPermId.get(1015L).description().quantity()).isZero();
      assertThat(ReportedOrder.from(byPermId.get(1015L)).secType()).isEqualTo("CASH");

      assertThat(byPermId.get(1016L).request()).isNull();
    }
  }

  @Test
  void anOrderOfTheOwnClientIdThatTheWorkerDoesNotPlaceIsNotItsOwn() throws Exception {
    try (RawGateway raw = RawGateway.serve(ForeignOrdersTests::answer);
        IbClient client = new IbClient(TestSettings.fast(raw.port(), OWN_CLIENT))) {
      client.connect();
      IbBroker broker = new IbBroker(client, ACCOUNT);

      assertThat(broker.ownOpenOrders()).isEmpty();
      assertThat(broker.openOrders()).extracting(OrderReport::permId).contains(1016L);
    }
  }

  @Test
  void executionsOfAnySecurityTypeAreReadWithTheirTimeAndAnUnknownSideIsLeftOut() throws Exception {
    try (RawGateway raw = RawGateway.serve(ForeignOrdersTests::answer);
        IbClient client = new IbClient(TestSettings.fast(raw.port(), OWN_CLIENT))) {
      client.connect();
      IbBroker broker = new IbBroker(client, ACCOUNT);

      List<Fill> fills = broker.executions();

      assertThat(fills).extracting(Fill::execId).containsExactly("0001f4e5.58bbad52.01.01");
      Fill future = fills.get(0);
      assertThat(future.contract().symbol()).isEqualTo("ES");
      assertThat(future.side()).isEqualTo(OrderSide.SELL);
      assertThat(future.time()).isEqualTo(Instant.parse("2025-02-25T15:15:00Z"));
    }
  }

  /** The scripted gateway: open orders from the list above, two executions. */
  private static void answer(RawGateway.Peer peer) throws Exception {
    peer.startSession();
    while (true) {
      List<String> request;
      try {
        request = peer.readFrame();
      } catch (EOFException e) {
        return; // the client hung up: the test is over
      }
      switch (request.get(0)) {
        case "16" -> { // REQ_ALL_OPEN_ORDERS
          for (Open open : ACCOUNT_ORDERS) {
            peer.send(open.order());
            peer.send(open.status());
          }
          peer.send(new OpenOrderEnd());
        }
        case "5" -> { // REQ_OPEN_ORDERS: this client id's
          peer.send(OWN_CLIENT_TRAIL.order());
          peer.send(OWN_CLIENT_TRAIL.status());
          peer.send(new OpenOrderEnd());
        }
        case "7" -> { // REQ_EXECUTIONS [7, 3, reqId, ...]
          int reqId = Integer.parseInt(request.get(2));
          // Dash form without zone: UTC (see ExecutionTimeTests).
          peer.send(execution(reqId, ES, "0001f4e5.58bbad52.01.01", "SLD", "20250225-15:15:00"));
          peer.send(execution(reqId, AAPL, "0000e0d5.67fe667b.01.01", "XYZ", "20250225-15:16:00"));
          peer.send(new CommissionReport("0001f4e5.58bbad52.01.01", 2.25, "USD", null, null, null));
          peer.send(new CommissionReport("0000e0d5.67fe667b.01.01", 1.0, "USD", null, null, null));
          peer.send(new ExecutionDataEnd(reqId));
        }
        default -> {
          // nothing else is asked in these tests
        }
      }
    }
  }

  private static ExecutionData execution(
      int reqId, WireContract contract, String execId, String side, String time) {
    return new ExecutionData(
        reqId,
        contract,
        new Execution(
            3,
            execId,
            time,
            ACCOUNT,
            contract.exchange(),
            side,
            BigDecimal.ONE,
            5800.0,
            2126726143L,
            7,
            0,
            BigDecimal.ONE,
            5800.0,
            "",
            "",
            null,
            "",
            1));
  }

  private static Open open(
      int clientId, int orderId, WireContract contract, OrderTerms terms, String status) {
    return new Open(new OpenOrder(orderId, contract, terms, clientId, 1000L + orderId, status));
  }

  private static OrderTerms terms(
      String action, String quantity, String type, Double limit, Double aux, String tif) {
    return new OrderTerms(
        action,
        quantity == null ? null : new BigDecimal(quantity),
        type,
        limit,
        aux,
        tif,
        ACCOUNT,
        "",
        false,
        "",
        "",
        0,
        "",
        List.of(),
        false);
  }

  private static WireContract stock(int conId, String symbol) {
    return new WireContract(
        conId, symbol, "STK", "", 0, "", "", "SMART", "", "USD", symbol, symbol);
  }
}
