package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.ib.message.RequestManagedAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request the paper gateway does not serve is answered with error 321, never silence. */
class PaperRefusalsTests {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private PaperGateway gateway;
  private RawTwsClient client;

  @BeforeEach
  void start() throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    client = RawTwsClient.connect(gateway.port(), 61);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    gateway.close();
  }

  @Test
  void aVersionedRequestIsRefusedWithItsRequestId() throws Exception {
    client.sendFields("10", "5", "88", "0", "SPY", "STK"); // reqMktDepth, request id 88

    assertThat(error()).containsExactly("4", "2", "88", "321", refusal(10), "");
  }

  @Test
  void aNewerRequestIsRefusedWithTheIdAfterTheMessageId() throws Exception {
    client.sendFields("92", "7", "DU0000001", ""); // reqPnL, request id 7

    assertThat(error().subList(2, 4)).containsExactly("7", "321");
  }

  @Test
  void aRequestWithoutAnIdIsRefusedWithMinusOneAndTheSessionGoesOn() throws Exception {
    client.sendFields("24", "1"); // reqScannerParameters

    assertThat(error().subList(2, 5)).containsExactly("-1", "321", refusal(24));
    client.send(new RequestCurrentTime());
    client.awaitFrame(f -> f.get(0).equals("49"), WAIT);
  }

  @Test
  void managedAccountsAreServed() throws Exception {
    int before = client.received().size();

    client.send(new RequestManagedAccounts());

    client.awaitFrameFrom(before, f -> f.get(0).equals("15"), WAIT);
    assertThat(client.received().subList(before, client.received().size()))
        .contains(List.of("15", "1", "DU0000001"));
  }

  private List<String> error() {
    return client.awaitFrame(f -> f.get(0).equals("4") && f.get(3).equals("321"), WAIT);
  }

  private static String refusal(int id) {
    return "Error validating request.-'"
        + id
        + "' : cause - The paper gateway does not serve message id "
        + id
        + ".";
  }
}
