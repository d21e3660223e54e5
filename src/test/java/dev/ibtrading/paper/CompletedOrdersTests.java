package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.CancelOrder;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.RequestCompletedOrders;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** reqCompletedOrders, and the execution's contract, against the paper gateway as raw frames. */
class CompletedOrdersTests {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final WireContract SPY = WireContract.stock(0, "SPY", "USD", "ARCA");

  private PaperGateway gateway;
  private RawTwsClient client;

  @BeforeEach
  void start() throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    client = RawTwsClient.connect(gateway.port(), 51);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    gateway.close();
  }

  @Test
  void listsTheFilledAndTheCancelledOrderThenEnd() throws Exception {
    client.send(new PlaceOrder(1, SPY, terms("MKT", null, "filled")));
    client.awaitFrame(f -> f.get(0).equals("59"), WAIT);
    client.send(new PlaceOrder(2, SPY, terms("LMT", 1.0, "cancelled")));
    client.awaitFrame(f -> f.get(0).equals("3") && f.get(1).equals("2"), WAIT);
    client.send(new CancelOrder(2));
    client.awaitFrame(f -> f.get(0).equals("3") && f.get(2).equals("Cancelled"), WAIT);

    client.send(new RequestCompletedOrders(false));

    client.awaitFrame(f -> f.equals(List.of("102")), WAIT);
    List<List<String>> orders =
        client.received().stream().filter(f -> f.get(0).equals("101")).toList();
    assertThat(orders).hasSize(2).allMatch(f -> f.size() == 101);
    List<String> filled = orders.get(0);
    assertThat(filled.get(2)).isEqualTo("SPY");
    assertThat(filled.get(22)).isEqualTo("filled"); // orderRef
    assertThat(filled.get(77)).isEqualTo("Filled"); // status
    assertThat(filled.get(87)).isEqualTo("3"); // filledQuantity
    assertThat(filled.subList(94, 96))
        .containsExactly("20250103 10:00:00 America/New_York", "Filled");
    List<String> cancelled = orders.get(1);
    assertThat(cancelled.get(77)).isEqualTo("Cancelled");
    assertThat(cancelled.get(87)).isEqualTo("0");
    assertThat(cancelled.get(95)).isEqualTo("Cancelled by Trader");
  }

  @Test
  void aWorkingOrderIsNotCompleted() throws Exception {
    client.send(new PlaceOrder(1, SPY, terms("LMT", 1.0, "resting")));
    client.awaitFrame(f -> f.get(0).equals("3") && f.get(1).equals("1"), WAIT);

    client.send(new RequestCompletedOrders(true));

    client.awaitFrame(f -> f.equals(List.of("102")), WAIT);
    assertThat(client.received()).noneMatch(f -> f.get(0).equals("101"));
  }

  @Test
  void anExecutionsContractNamesTheVenueNotSmart() throws Exception {
    client.send(new PlaceOrder(1, SPY, terms("MKT", null, "venue")));

    List<String> execution = client.awaitFrame(f -> f.get(0).equals("11"), WAIT);
    assertThat(execution.get(10)).isEqualTo("ARCA"); // the contract's exchange
    assertThat(execution.get(17)).isEqualTo("ARCA"); // the execution's exchange
  }

  private static OrderTerms terms(String type, Double limit, String ref) {
    return OrderTerms.of("BUY", BigDecimal.valueOf(3), type, limit, "GTC", "", ref);
  }
}
