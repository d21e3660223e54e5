package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ibtrading.ib.AccountSummaryRequest;
import dev.ibtrading.ib.CurrentTimeRequest;
import dev.ibtrading.ib.IbClient;
import dev.ibtrading.ib.IbSettings;
import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.CancelPositions;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.PositionEnd;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.RequestPositions;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The paper gateway's account handler as a client sees it on the wire. */
class AccountRequestsTests {
  private static final int QQQ = 320227571;

  private PaperGateway gateway;
  private IbClient client;
  private final List<Object> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    client = connect(21, received);
  }

  @AfterEach
  void stop() {
    client.close();
    gateway.close();
  }

  @Test
  void answersOneRowPerKnownRequestedTagThenEnd() throws Exception {
    var request =
        new AccountSummaryRequest(
            client.nextRequestId(), List.of("Cushion", "ReqTEquity", "NetLiquidation", "Cushion"));

    List<AccountSummary> rows = client.submit(request).get(10, TimeUnit.SECONDS);

    assertThat(rows)
        .containsExactly(
            new AccountSummary(request.requestId(), "DU0000001", "Cushion", "1.000000", ""),
            new AccountSummary(
                request.requestId(), "DU0000001", "NetLiquidation", "100000.00", "USD"));
  }

  @Test
  void aCancelledSummaryLeavesTheSessionWorking() throws Exception {
    client.submit(new AccountSummaryRequest(client.nextRequestId())).get(10, TimeUnit.SECONDS);
    // The client sent CANCEL_ACCOUNT_SUMMARY on completion; the gateway takes it silently.
    sync(client);

    assertThat(client.submit(new CurrentTimeRequest()).get(10, TimeUnit.SECONDS)).isNotNull();
    assertThat(received).noneMatch(m -> m instanceof ErrorMessage e && e.id() != -1);
  }

  @Test
  void answersOnePositionPerHoldingThenEnd() throws Exception {
    gateway.account().applyFill("QQQ", QQQ, bd("10"), bd("380"), bd("1"));

    client.send(new RequestPositions());
    sync(client);

    assertThat(
            received.stream().filter(m -> m instanceof PositionMessage || m instanceof PositionEnd))
        .containsExactly(
            new PositionMessage(
                "DU0000001",
                new WireContract(
                    QQQ, "QQQ", "STK", "", 0.0, "", "", "NASDAQ", "", "USD", "QQQ", "NMS"),
                bd("10"),
                380.1),
            new PositionEnd());
  }

  @Test
  void pushesChangedHoldingsUntilCancelled() throws Exception {
    client.send(new RequestPositions());
    sync(client);
    assertThat(positions(received)).isEmpty();

    gateway.account().applyFill("QQQ", QQQ, bd("10"), bd("380"), bd("0"));
    sync(client);
    gateway.account().applyFill("QQQ", QQQ, bd("-10"), bd("381"), bd("0"));
    sync(client);

    assertThat(positions(received))
        .extracting(p -> p.contract().symbol(), p -> p.position().intValueExact())
        .containsExactly(tuple("QQQ", 10), tuple("QQQ", 0));

    client.send(new CancelPositions());
    sync(client);
    gateway.account().applyFill("QQQ", QQQ, bd("1"), bd("380"), bd("0"));
    sync(client);

    assertThat(positions(received)).hasSize(2);
  }

  @Test
  void everySubscribedSessionGetsPushesAndAClosedOneIsDropped() throws Exception {
    List<Object> otherReceived = new CopyOnWriteArrayList<>();
    IbClient other = connect(22, otherReceived);
    client.send(new RequestPositions());
    other.send(new RequestPositions());
    sync(client);
    sync(other);

    gateway.account().applyFill("QQQ", QQQ, bd("3"), bd("380"), bd("0"));
    sync(client);
    sync(other);
    assertThat(positions(received)).hasSize(1);
    assertThat(positions(otherReceived)).hasSize(1);

    other.close();
    gateway.account().applyFill("QQQ", QQQ, bd("3"), bd("380"), bd("0"));
    sync(client);

    assertThat(positions(received))
        .extracting(p -> p.position().intValueExact())
        .containsExactly(3, 6);
  }

  private IbClient connect(int clientId, List<Object> sink) {
    IbClient c = new IbClient(IbSettings.defaults("127.0.0.1", gateway.port(), clientId));
    c.addListener(sink::add);
    c.connect();
    return c;
  }

  /**
   * Waits until the gateway has handled everything sent before and the client has dispatched
   * everything received before: the session answers in order, and pushes are written before
   * applyFill returns.
   */
  private static void sync(IbClient c) throws Exception {
    c.submit(new CurrentTimeRequest()).get(10, TimeUnit.SECONDS);
  }

  private static List<PositionMessage> positions(List<Object> messages) {
    return messages.stream()
        .filter(PositionMessage.class::isInstance)
        .map(PositionMessage.class::cast)
        .toList();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
