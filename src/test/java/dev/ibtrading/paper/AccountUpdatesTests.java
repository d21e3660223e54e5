package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.CancelAccountUpdatesMulti;
import dev.ibtrading.ib.message.RequestAccountUpdates;
import dev.ibtrading.ib.message.RequestAccountUpdatesMulti;
import dev.ibtrading.ib.message.RequestCurrentTime;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** reqAccountUpdates and reqAccountUpdatesMulti against the paper gateway, as raw frames. */
class AccountUpdatesTests {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int QQQ = 320227571;

  private PaperGateway gateway;
  private RawTwsClient client;

  @BeforeEach
  void start() throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    gateway.account().applyFill("QQQ", QQQ, bd("10"), bd("380"), bd("1"));
    client = RawTwsClient.connect(gateway.port(), 41);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    gateway.close();
  }

  @Test
  void sendsValuesPortfolioTimeThenDownloadEnd() throws Exception {
    client.send(new RequestAccountUpdates(true, "DU0000001"));

    client.awaitFrame(f -> f.get(0).equals("54"), WAIT);
    List<List<String>> frames = client.received();
    assertThat(frames).contains(List.of("6", "2", "AccountCode", "DU0000001", "", "DU0000001"));
    assertThat(value(frames, "NetLiquidation", "USD")).isNotEmpty();
    assertThat(value(frames, "CashBalance", "BASE")).isEqualTo(value(frames, "CashBalance", "USD"));
    assertThat(value(frames, "TotalCashValue", "USD")).isEqualTo("96199.00");
    List<String> qqq = frames.stream().filter(f -> f.get(0).equals("7")).findFirst().orElseThrow();
    assertThat(qqq).hasSize(20);
    assertThat(qqq.subList(2, 4)).containsExactly(String.valueOf(QQQ), "QQQ");
    assertThat(qqq.get(9)).isEqualTo("NASDAQ"); // the primary exchange
    assertThat(qqq.get(13)).isEqualTo("10"); // position
    assertThat(qqq.get(19)).isEqualTo("DU0000001");
    List<String> ids = frames.stream().map(f -> f.get(0)).toList();
    int time = ids.lastIndexOf("8");
    assertThat(time).isGreaterThan(ids.lastIndexOf("7")).isEqualTo(ids.indexOf("54") - 1);
    assertThat(frames.get(time).get(2)).isEqualTo("10:00"); // HH:mm, New York
    assertThat(frames.get(ids.indexOf("54"))).containsExactly("54", "1", "DU0000001");
  }

  @Test
  void pushesWhatAFillChangedAndStopsWhenUnsubscribed() throws Exception {
    client.send(new RequestAccountUpdates(true, ""));
    client.awaitFrame(f -> f.get(0).equals("54"), WAIT);
    int before = client.received().size();

    gateway.account().applyFill("QQQ", QQQ, bd("-10"), bd("390"), bd("1"));

    List<String> closed =
        client.awaitFrame(f -> f.get(0).equals("7") && f.get(13).equals("0"), WAIT);
    assertThat(closed.get(3)).isEqualTo("QQQ");
    List<List<String>> pushed = client.received().subList(before, client.received().size());
    assertThat(pushed).anyMatch(f -> f.get(0).equals("6") && f.get(2).equals("CashBalance"));
    assertThat(pushed).noneMatch(f -> f.get(0).equals("6") && f.get(2).equals("AccountCode"));

    client.send(new RequestAccountUpdates(false, ""));
    client.send(new RequestCurrentTime());
    client.awaitFrame(f -> f.get(0).equals("49"), WAIT);
    int afterCancel = client.received().size();
    gateway.account().applyFill("QQQ", QQQ, bd("5"), bd("390"), bd("1"));
    client.send(new RequestCurrentTime());
    client.awaitFrameFrom(afterCancel, f -> f.get(0).equals("49"), WAIT);
    assertThat(client.received().subList(afterCancel, client.received().size()))
        .noneMatch(f -> f.get(0).equals("6") || f.get(0).equals("7"));
  }

  @Test
  void theTimerPushesOnlyChangedValues() throws Exception {
    client.send(new RequestAccountUpdates(true, ""));
    client.awaitFrame(f -> f.get(0).equals("54"), WAIT);
    int before = client.received().size();

    gateway.handlerOf(AccountUpdates.class).periodicPush(); // what runs every 3 minutes
    client.send(new RequestCurrentTime());
    client.awaitFrame(f -> f.get(0).equals("49"), WAIT);

    // The clock stands still: nothing changed, so nothing but the time answer came.
    assertThat(client.received().subList(before, client.received().size()))
        .extracting(f -> f.get(0))
        .containsExactly("49");
  }

  @Test
  void multiSendsRowsForItsRequestThenEndAndCancels() throws Exception {
    client.send(new RequestAccountUpdatesMulti(77, "DU0000001", "", true));

    client.awaitFrame(f -> f.equals(List.of("74", "1", "77")), WAIT);
    List<List<String>> rows =
        client.received().stream().filter(f -> f.get(0).equals("73")).toList();
    assertThat(rows).allMatch(f -> f.size() == 8 && f.get(2).equals("77"));
    assertThat(rows).anyMatch(f -> f.get(5).equals("NetLiquidation"));
    assertThat(rows).anyMatch(f -> f.get(5).equals("CashBalance") && f.get(7).equals("BASE"));
    assertThat(rows).noneMatch(f -> f.get(5).equals("Cushion")); // ledger and NLV only

    client.send(new CancelAccountUpdatesMulti(77));
    client.send(new RequestCurrentTime());
    client.awaitFrame(f -> f.get(0).equals("49"), WAIT);
    int afterCancel = client.received().size();
    gateway.account().applyFill("QQQ", QQQ, bd("1"), bd("390"), bd("1"));
    client.send(new RequestCurrentTime());
    client.awaitFrameFrom(afterCancel, f -> f.get(0).equals("49"), WAIT);
    assertThat(client.received().subList(afterCancel, client.received().size()))
        .noneMatch(f -> f.get(0).equals("73"));
  }

  @Test
  void anotherAccountCodeIsRefusedWith321() throws Exception {
    client.send(new RequestAccountUpdatesMulti(9, "U999", "", false));

    List<String> error =
        client.awaitFrame(f -> f.get(0).equals("4") && f.get(3).equals("321"), WAIT);
    assertThat(error.subList(2, 4)).containsExactly("9", "321");
    assertThat(client.received()).noneMatch(f -> f.get(0).equals("73") || f.get(0).equals("74"));
  }

  private static String value(List<List<String>> frames, String key, String currency) {
    return frames.stream()
        .filter(f -> f.get(0).equals("6") && f.get(2).equals(key) && f.get(4).equals(currency))
        .map(f -> f.get(3))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + currency));
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
