package dev.ibtrading.ib.message;

import static dev.ibtrading.ib.message.WireFixtures.column;
import static dev.ibtrading.ib.message.WireFixtures.decodeClient;
import static dev.ibtrading.ib.message.WireFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.wire.CorruptFrameException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PLACE_ORDER against the fields IB's Java client and stoqey sent at 176 (§3.7). */
class PlaceOrderTests {
  private static final String TABLE = "place-order-176.tsv";
  private static final WireContract AAPL =
      WireContract.stock(0, "AAPL", "SMART", "", "USD", "", "");

  private static PlaceOrder buy10Market() {
    return new PlaceOrder(
        1, AAPL, OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "", ""));
  }

  private static PlaceOrder sell5Limit() {
    return new PlaceOrder(
        2, AAPL, OrderTerms.of("SELL", BigDecimal.valueOf(5), "LMT", 199.5, "GTC", "", "worker-1"));
  }

  @Test
  void marketOrderIsWhatIbJavaSends() {
    List<String> expected = column(TABLE, 0);

    assertThat(expected).hasSize(115);
    assertThat(fields(buy10Market())).containsExactlyElementsOf(expected);
  }

  @Test
  void limitOrderWithOrderRefIsWhatIbJavaSends() {
    assertThat(fields(sell5Limit())).containsExactlyElementsOf(column(TABLE, 1));
  }

  @Test
  void decodesIbJavaAndStoqeyAlike() {
    Object fromJava = decodeClient(column(TABLE, 1));
    Object fromStoqey = decodeClient(column(TABLE, 2));

    assertThat(fromJava).isEqualTo(sell5Limit());
    assertThat(fromStoqey).isEqualTo(sell5Limit());
    assertThat(decodeClient(column(TABLE, 0))).isEqualTo(buy10Market());
  }

  @Test
  void adaptiveAlgoInsertsCountAndPairsAfterAlgoStrategy() {
    OrderTerms plain = buy10Market().terms();
    OrderTerms adaptive =
        new OrderTerms(
            "BUY",
            BigDecimal.TEN,
            "MKT",
            null,
            null,
            "DAY",
            "DU1",
            "run-7",
            true,
            "20250103 09:45:00 US/Eastern",
            "",
            0,
            "Adaptive",
            List.of(new TagValue("adaptivePriority", "Urgent")),
            false);
    PlaceOrder order = new PlaceOrder(9, AAPL, adaptive);

    List<String> sent = fields(order);

    assertThat(sent).hasSize(118);
    assertThat(sent.subList(83, 88))
        .containsExactly("Adaptive", "1", "adaptivePriority", "Urgent", "");
    assertThat(sent.get(33)).isEqualTo("1"); // outsideRth
    assertThat(sent.get(37)).isEqualTo("20250103 09:45:00 US/Eastern");
    assertThat(decodeClient(sent)).isEqualTo(order);
    assertThat(plain.algoParams()).isEmpty();
    assertThat(adaptive.algoParam("adaptivePriority")).isEqualTo("Urgent");
  }

  @Test
  void contractIdAndPrimaryExchangeTravelInTheirFields() {
    WireContract spy = WireContract.stock(756733, "SPY", "SMART", "ARCA", "USD", "", "");
    List<String> sent =
        fields(
            new PlaceOrder(
                3, spy, OrderTerms.of("BUY", BigDecimal.ONE, "MOC", null, "DAY", "", "")));

    assertThat(sent.get(2)).isEqualTo("756733");
    assertThat(sent.get(10)).isEqualTo("ARCA");
    assertThat(sent.get(18)).isEqualTo("MOC");
  }

  @Test
  void rejectsLayoutsItDoesNotDecode() {
    List<String> withCondition = new ArrayList<>(column(TABLE, 0));
    withCondition.set(90, "1");
    List<String> withHedge = new ArrayList<>(column(TABLE, 0));
    withHedge.set(77, "D");
    List<String> bag = new ArrayList<>(column(TABLE, 0));
    bag.set(4, "BAG");

    assertThatThrownBy(() -> decodeClient(withCondition))
        .isInstanceOf(CorruptFrameException.class)
        .hasMessageContaining("conditions");
    assertThatThrownBy(() -> decodeClient(withHedge)).hasMessageContaining("hedge");
    assertThatThrownBy(() -> decodeClient(bag)).hasMessageContaining("BAG");
  }

  @Test
  void rejectsAFieldMoreOrLess() {
    List<String> longer = new ArrayList<>(column(TABLE, 0));
    longer.add("");
    List<String> shorter = column(TABLE, 0).subList(0, 114);

    assertThatThrownBy(() -> decodeClient(longer)).isInstanceOf(CorruptFrameException.class);
    assertThatThrownBy(() -> decodeClient(shorter)).isInstanceOf(CorruptFrameException.class);
  }
}
