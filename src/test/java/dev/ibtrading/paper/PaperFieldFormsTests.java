package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.ExecutionFilter;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.PlaceOrder;
import dev.ibtrading.ib.message.RealFrameCorpus;
import dev.ibtrading.ib.message.RequestAccountSummary;
import dev.ibtrading.ib.message.RequestAccountUpdates;
import dev.ibtrading.ib.message.RequestAccountUpdatesMulti;
import dev.ibtrading.ib.message.RequestAllOpenOrders;
import dev.ibtrading.ib.message.RequestCompletedOrders;
import dev.ibtrading.ib.message.RequestContractData;
import dev.ibtrading.ib.message.RequestCurrentTime;
import dev.ibtrading.ib.message.RequestExecutions;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.RequestMarketData;
import dev.ibtrading.ib.message.RequestPositions;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every field the paper gateway writes has the form IB's own decoders read it with ({@link
 * IbFieldForms}), checked on the frames of a whole session over a real socket.
 */
class PaperFieldFormsTests {
  private static final Duration WAIT = Duration.ofSeconds(10);

  /**
   * A CONTRACT_DATA frame a real gateway sent for AAPL (wboayue/rust-ibapi@0e41d5b
   * src/transport/sync_tests.rs AAPL_CONTRACT_RESPONSE; long lists shortened), fields after the id.
   */
  private static final String REAL_AAPL_CONTRACT_DATA =
      "9000|AAPL|STK||0||SMART|USD|AAPL|NMS|NMS|265598|0.01||ACTIVETIM,AD,LMT,MKT|SMART,NASDAQ|1|0"
          + "|APPLE INC|NASDAQ||Technology|Computers|Computers|US/Eastern"
          + "|20250324:0400-20250324:2000|20250324:0930-20250324:1600|||1|ISIN|US0378331005|1|||26,26"
          + "||COMMON|0.0001|0.0001|100";

  private PaperGateway gateway;
  private RawTwsClient client;

  @BeforeEach
  void start() throws Exception {
    gateway =
        new PaperGateway(
                PaperGatewayConfig.forTests(),
                PaperClock.fixedAt(Instant.parse("2025-01-03T15:00:00Z")))
            .start();
    client = RawTwsClient.connect(gateway.port(), 31);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    gateway.close();
  }

  @Test
  void aRealGatewaysContractDataHasTheDeclaredForm() {
    assertThat(IbFieldForms.problems(frame("10", REAL_AAPL_CONTRACT_DATA))).isEmpty();
  }

  @Test
  void everyRealFrameOfTheCorpusHasTheDeclaredForm() {
    List<String> problems = new ArrayList<>();
    for (RealFrameCorpus.RealFrame frame : RealFrameCorpus.all()) {
      IbFieldForms.problems(frame.fields()).forEach(p -> problems.add(frame.origin() + ": " + p));
    }

    assertThat(problems).isEmpty();
  }

  @Test
  void anIntegerFieldWrittenAsADecimalIsCaught() {
    // evMultiplier, the field the paper gateway wrote as 0.0, which ib_async cannot read.
    String withDecimal = REAL_AAPL_CONTRACT_DATA.replace("|US/Eastern|", "|US/Eastern|");
    List<String> fields = frame("10", withDecimal);
    int evMultiplier = fields.indexOf("ISIN") - 2;
    fields.set(evMultiplier, "0.0");

    assertThat(IbFieldForms.problems(fields))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("field " + evMultiplier + " '0.0' is not an integer");
  }

  @Test
  void aFrameLongerOrShorterThanItsFormIsCaught() {
    List<String> longer = new ArrayList<>(List.of("9", "1", "5", "extra"));
    List<String> shorter = List.of("63", "1", "7", "DU1");

    assertThat(IbFieldForms.problems(longer)).isNotEmpty();
    assertThat(IbFieldForms.problems(shorter)).isNotEmpty();
  }

  @Test
  void everyFrameOfASessionHasTheFormIbsDecodersRead() throws Exception {
    WireContract spy = WireContract.stock(0, "SPY", "USD", "ARCA");
    client.send(new RequestContractData(1, spy));
    client.send(RequestMarketData.snapshot(2, spy));
    client.send(RequestHistoricalData.dailyTrades(3, spy, "", "5 D"));
    client.send(
        new PlaceOrder(
            1, spy, OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "", "forms")));
    client.awaitFrame(f -> f.get(0).equals("59"), WAIT); // the fill's commission report
    client.send(
        new PlaceOrder(
            2, spy, OrderTerms.of("BUY", BigDecimal.ONE, "LMT", 1.0, "GTC", "", "resting")));
    client.awaitFrame(f -> f.get(0).equals("3") && f.get(1).equals("2"), WAIT);
    client.send(new RequestPositions());
    client.send(
        new RequestAccountSummary(
            4,
            "All",
            List.of(
                "AccountType",
                "NetLiquidation",
                "Cushion",
                "DayTradesRemainingT+1",
                "$LEDGER:ALL")));
    client.send(new RequestAccountUpdates(true, ""));
    client.send(new RequestAccountUpdatesMulti(5, "", "", false));
    client.send(new RequestAllOpenOrders());
    client.send(new RequestCompletedOrders(false));
    client.send(new RequestExecutions(6, ExecutionFilter.all()));
    client.send(new RequestCurrentTime());
    client.sendFields("92", "7", "DU0000001", ""); // reqPnL, not served: refused
    client.awaitFrame(f -> f.get(0).equals("4") && f.get(3).equals("321"), WAIT);

    List<List<String>> frames = client.received().subList(1, client.received().size());
    List<String> problems = new ArrayList<>();
    Set<Integer> seen = new TreeSet<>();
    for (List<String> frame : frames) {
      problems.addAll(IbFieldForms.problems(frame));
      seen.add(Integer.parseInt(frame.get(0)));
    }

    assertThat(problems).isEmpty();
    assertThat(seen)
        .containsAll(
            List.of(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 15, 17, 46, 49, 52, 53, 54, 55, 57, 58, 59, 61,
                62, 63, 64, 73, 74, 81, 101, 102));
  }

  private static List<String> frame(String id, String pipes) {
    List<String> fields = new ArrayList<>();
    fields.add(id);
    fields.addAll(Arrays.asList(pipes.split("\\|", -1)));
    return fields;
  }
}
