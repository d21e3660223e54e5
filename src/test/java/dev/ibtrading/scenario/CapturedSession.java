package dev.ibtrading.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.ReplayingGateway;
import dev.ibtrading.ib.message.OpenOrder;
import dev.ibtrading.ib.message.RealFrameCorpus;
import dev.ibtrading.ib.message.RealFrameCorpus.RealFrame;
import dev.ibtrading.ib.message.ServerMessageType;
import dev.ibtrading.ib.wire.FieldReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One gateway session put together from the real-frame corpus for a whole worker, and the values a
 * test expects the worker to report from it, read from the same frames.
 *
 * <p>The account is the one whose full account summary a real gateway sent (pyfutures' recorded
 * {@code test_connect} session: its managed accounts, next valid id, farm notices and summary).
 * Positions are every captured POSITION row, of any account and security type, as a gateway mixes
 * them; open orders every captured OPEN_ORDER, of other clients, in stocks and futures, DAY, GTC
 * and IOC. The contract details and the quote of one stock ({@value #QUOTED_STOCK}) answer the
 * requests for it.
 *
 * <p>Written by the test, where the corpus has no capture (each one named where it is added): the
 * end marker of executions, and one position: the corpus has no stock position of the summary's
 * account (it held futures), so ibkr-go's captured AMZN row is also sent as that account's, its
 * account field the only change. And the FX quote: the account is in pounds (its NetLiquidation's
 * currency) and the quoted stock in dollars, so the worker sizes at GBP.USD, whose quote the corpus
 * does not have: bid and ask ({@value #FX_BID}, {@value #FX_ASK}) in the layout of ibkr-go's
 * captured TICK_PRICE, and the snapshot's end, as a real gateway answers an IDEALPRO snapshot (no
 * last trade).
 */
final class CapturedSession {
  /** The stock with a captured contract (rust-ibapi) and quote (ibkr-go). */
  static final String QUOTED_STOCK = "AAPL";

  /** The written GBP.USD quote: dollars per pound. */
  static final String FX_BID = "1.27015";

  static final String FX_ASK = "1.27025";

  private static final String SUMMARY_SESSION = "test_client_connection=test_connect.json";

  private final List<RealFrame> session =
      RealFrameCorpus.where(f -> f.path().endsWith(SUMMARY_SESSION));
  private final List<RealFrame> summaryRows = named(session, "ACCOUNT_SUMMARY");
  private final String account = named(session, "MANAGED_ACCTS").get(0).fields().get(2);
  private final List<String> accountPosition = accountPosition();

  /** The script of the fake gateway: what it sends at start and in answer to each request. */
  ReplayingGateway.Script script() {
    return ReplayingGateway.script()
        .atStart(named(session, "MANAGED_ACCTS", "NEXT_VALID_ID", "ERR_MSG"))
        .answer(8, named(session, "NEXT_VALID_ID")) // REQ_IDS
        .answer(62, named(session, "ACCOUNT_SUMMARY", "ACCOUNT_SUMMARY_END")) // REQ_ACCOUNT_SUMMARY
        .answer(61, corpus("POSITION")) // REQ_POSITIONS: every account's, every security type's
        // Written: the corpus has no stock position of this account (see the class comment).
        .answerWith(61, accountPosition)
        .answer(61, corpus("POSITION_END").subList(0, 1))
        .answer(16, corpus("OPEN_ORDER")) // REQ_ALL_OPEN_ORDERS
        .answer(16, corpus("OPEN_ORDER_END").subList(0, 1))
        // REQ_OPEN_ORDERS, this client's: none of the captured orders is, so the end alone.
        .answer(5, corpus("OPEN_ORDER_END").subList(0, 1))
        // Written: the corpus has no EXECUTION_DATA_END; [55, version 1, reqId] (reference §3.11).
        // None of the captured executions is this account's, so the gateway's filter leaves none.
        .answerWith(7, List.of("55", "1", "0"))
        // Written: the corpus has no completed orders; REQ_COMPLETED_ORDERS gets the end alone,
        // [102] (xqguo/twsapi@f3ca7c7 EDecoder.processCompletedOrdersEndMsg reads nothing more).
        .answerWith(99, List.of("102"))
        // REQ_CONTRACT_DATA: the captured contract of the quoted stock; for any other symbol
        // (AMZN, whose contract details were not captured) the end alone, "no contract".
        .answer(9, asksFor(QUOTED_STOCK), List.of(quotedContract()))
        .answer(9, contractDetailsEnd())
        // REQ_MKT_DATA: the captured snapshot of the quoted stock (delayed: the recording's
        // account had no live data).
        .answer(1, asksFor(QUOTED_STOCK), quotedSnapshot())
        // Written: GBP.USD on IDEALPRO (see the class comment); TICK_PRICE [1, version 6,
        // tickerId, tick type 1 bid / 2 ask, price, size, attributes], TICK_SNAPSHOT_END [57, 1,
        // id].
        .answerWith(1, asksFor("GBP"), List.of("1", "6", "0", "1", FX_BID, "1000000", "1"))
        .answerWith(1, asksFor("GBP"), List.of("1", "6", "0", "2", FX_ASK, "1000000", "1"))
        .answerWith(1, asksFor("GBP"), List.of("57", "1", "0"))
        .forbid(3) // PLACE_ORDER
        .forbid(4) // CANCEL_ORDER
        .forbid(58); // REQ_GLOBAL_CANCEL
  }

  String account() {
    return account;
  }

  /** The currency of NetLiquidation, the account's base currency. */
  String currency() {
    return row("NetLiquidation").get(6);
  }

  /** The captured value of {@code tag} in this account's summary. */
  BigDecimal value(String tag) {
    return new BigDecimal(row(tag).get(5));
  }

  /** The POSITION rows the worker must report as this account's stock positions. */
  List<List<String>> stockPositions() {
    List<List<String>> rows = new ArrayList<>();
    corpus("POSITION").forEach(f -> rows.add(f.fields()));
    rows.add(accountPosition); // sent after the captured rows
    return rows.stream().filter(this::isAccountStock).toList();
  }

  /** The open orders the worker must report: the last state of each captured order, not final. */
  Map<Long, CapturedOrder> openOrders() {
    Map<Long, CapturedOrder> latest = new LinkedHashMap<>();
    for (RealFrame frame : corpus("OPEN_ORDER")) {
      OpenOrder order = (OpenOrder) ServerMessageType.decode(new FieldReader(frame.fields()));
      latest.put(order.permId(), CapturedOrder.of(order));
    }
    latest.values().removeIf(o -> OrderStatus.fromIb(o.status()).isTerminal());
    return latest;
  }

  /** The last price of the captured quote (a delayed last, tick type 68). */
  BigDecimal quotedLast() {
    List<String> tick =
        quotedSnapshot().stream()
            .filter(f -> f.name().equals("TICK_PRICE") && f.fields().get(3).equals("68"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no captured delayed last price"))
            .fields();
    return new BigDecimal(tick.get(4));
  }

  /** One captured open order as the test compares it. */
  record CapturedOrder(
      int orderId,
      String symbol,
      String secType,
      String orderType,
      BigDecimal totalQuantity,
      String timeInForce,
      String status) {
    static CapturedOrder of(OpenOrder order) {
      return new CapturedOrder(
          order.orderId(),
          order.contract().symbol(),
          order.contract().secType(),
          order.terms().orderType(),
          order.terms().totalQuantity(),
          order.terms().tif(),
          order.status());
    }
  }

  // ---- the frames ----

  private boolean isAccountStock(List<String> position) {
    return position.get(2).equals(account)
        && position.get(5).equals("STK")
        && new BigDecimal(position.get(14)).signum() != 0;
  }

  /** ibkr-go's captured stock position, as this account's: the account field is the only change. */
  private List<String> accountPosition() {
    RealFrame stock =
        RealFrameCorpus.where(
                f ->
                    f.name().equals("POSITION")
                        && f.fields().get(5).equals("STK")
                        && f.repository().endsWith("ibkr-go"))
            .get(0);
    List<String> fields = new ArrayList<>(stock.fields());
    fields.set(2, account);
    return List.copyOf(fields);
  }

  private static RealFrame quotedContract() {
    RealFrame contract =
        corpus("CONTRACT_DATA").stream()
            .filter(f -> f.fields().get(2).equals(QUOTED_STOCK) && f.fields().get(3).equals("STK"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no captured contract of " + QUOTED_STOCK));
    return contract;
  }

  /** ibkr-go's end marker, captured after the contract details of AAPL. */
  private static List<RealFrame> contractDetailsEnd() {
    return RealFrameCorpus.where(
        f -> f.name().equals("CONTRACT_DATA_END") && f.repository().endsWith("ibkr-go"));
  }

  /** ibkr-go's captured snapshot of AAPL: market data type, ticks and the snapshot's end. */
  private static List<RealFrame> quotedSnapshot() {
    List<RealFrame> snapshot =
        RealFrameCorpus.where(
            f ->
                f.repository().endsWith("ibkr-go")
                    && f.note().contains("quote_snapshot_" + QUOTED_STOCK.toLowerCase()));
    assertThat(snapshot).as("captured snapshot of " + QUOTED_STOCK).isNotEmpty();
    return snapshot;
  }

  /**
   * Requests naming {@code symbol}: REQ_CONTRACT_DATA and REQ_MKT_DATA both start [id, version,
   * reqId, conId, symbol, ...] (reference §3.4, §3.5).
   */
  private static Predicate<List<String>> asksFor(String symbol) {
    return request -> request.size() > 4 && request.get(4).equals(symbol);
  }

  private List<String> row(String tag) {
    return summaryRows.stream()
        .map(RealFrame::fields)
        .filter(f -> f.get(3).equals(account) && f.get(4).equals(tag))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no captured summary row for " + tag));
  }

  private static List<RealFrame> corpus(String name) {
    return RealFrameCorpus.where(f -> f.name().equals(name));
  }

  private static List<RealFrame> named(List<RealFrame> frames, String... names) {
    Set<String> wanted = Set.of(names);
    return frames.stream().filter(f -> wanted.contains(f.name())).toList();
  }
}
