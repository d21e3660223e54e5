package dev.ibtrading.ib.message;

import static dev.ibtrading.ib.message.WireFixtures.column;
import static dev.ibtrading.ib.message.WireFixtures.decodeServer;
import static dev.ibtrading.ib.message.WireFixtures.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Order responses: the reference's examples decode, and what we encode decodes back (§3.8-3.11).
 */
class OrderResponseMessagesTests {
  private static final String OPEN_ORDER_TABLE = "open-order-176.tsv";
  private static final WireContract AAPL =
      WireContract.stock(265598, "AAPL", "SMART", "", "USD", "AAPL", "NMS");

  @Test
  void decodesTheReferenceOpenOrder() {
    OpenOrder order = (OpenOrder) decodeServer(column(OPEN_ORDER_TABLE, 0));

    assertThat(order.orderId()).isEqualTo(1);
    assertThat(order.contract()).isEqualTo(AAPL);
    assertThat(order.terms())
        .isEqualTo(OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "DU1234567", ""));
    assertThat(order.clientId()).isEqualTo(7);
    assertThat(order.permId()).isEqualTo(900000001L);
    assertThat(order.status()).isEqualTo("PreSubmitted");
  }

  @Test
  void encodesTheReferenceOpenOrderFieldForField() {
    List<String> expected = new ArrayList<>(column(OPEN_ORDER_TABLE, 0));
    OpenOrder order =
        new OpenOrder(
            1,
            AAPL,
            OrderTerms.of("BUY", BigDecimal.TEN, "MKT", null, "DAY", "DU1234567", ""),
            7,
            900000001L,
            "PreSubmitted");

    assertThat(expected).hasSize(136);
    assertThat(fields(order)).containsExactlyElementsOf(expected);
  }

  @Test
  void openOrderWithAdaptiveAlgoRoundTrips() {
    OrderTerms terms =
        new OrderTerms(
            "SELL",
            BigDecimal.valueOf(3),
            "LMT",
            101.25,
            null,
            "GTC",
            "DU1",
            "run-1",
            true,
            "",
            "",
            0,
            "Adaptive",
            List.of(new TagValue("adaptivePriority", "Patient")),
            false);
    OpenOrder order = new OpenOrder(12, AAPL, terms, 3, 77L, "Submitted");

    List<String> sent = fields(order);

    assertThat(sent).hasSize(139);
    assertThat(sent.subList(91, 95))
        .containsExactly("Adaptive", "1", "adaptivePriority", "Patient");
    assertThat(decodeServer(sent)).isEqualTo(order);
  }

  @Test
  void openOrderOfAnotherKindStillYieldsItsStatus() {
    List<String> withCombo = new ArrayList<>(column(OPEN_ORDER_TABLE, 0));
    withCombo.set(79, "1");
    withCombo.addAll(80, List.of("1", "1", "BUY", "SMART", "0", "0", "", "-1"));
    List<String> withConditions = new ArrayList<>(column(OPEN_ORDER_TABLE, 0));
    withConditions.set(111, "1");
    withConditions.addAll(112, List.of("1", "a", "265598", "SMART", "1", "150.0", "0", "0", "0"));

    assertThat(((OpenOrder) decodeServer(withCombo)).status()).isEqualTo("PreSubmitted");
    assertThat(((OpenOrder) decodeServer(withConditions)).status()).isEqualTo("PreSubmitted");
  }

  @Test
  void decodesTheReferenceOrderStatus() {
    Object decoded =
        decodeServer(
            List.of(
                "3", "1", "Filled", "10", "0", "150.11", "900000001", "0", "150.11", "7", "", "0"));

    assertThat(decoded)
        .isEqualTo(
            new OrderStatusMessage(
                1,
                "Filled",
                BigDecimal.TEN,
                BigDecimal.ZERO,
                150.11,
                900000001L,
                0,
                150.11,
                7,
                "",
                0));
  }

  @Test
  void orderStatusRoundTripsInTwelveFields() {
    OrderStatusMessage status =
        new OrderStatusMessage(
            4,
            "Submitted",
            BigDecimal.valueOf(3),
            BigDecimal.valueOf(7),
            99.5,
            5,
            0,
            99.5,
            2,
            "",
            0);

    List<String> sent = fields(status);

    assertThat(sent).hasSize(12).startsWith("3", "4", "Submitted", "3", "7", "99.5");
    assertThat(decodeServer(sent)).isEqualTo(status);
  }

  @Test
  void executionRoundTripsInThirtyOneFields() {
    ExecutionData fill =
        new ExecutionData(
            ExecutionData.SPONTANEOUS,
            AAPL,
            new Execution(
                5,
                "0000e0d5.6571b2c4.01.01",
                "20250103 10:00:00 US/Eastern",
                "DU1",
                "NASDAQ",
                "BOT",
                BigDecimal.TEN,
                180.02,
                900000005L,
                7,
                0,
                BigDecimal.TEN,
                180.02,
                "worker-1",
                "",
                null,
                "",
                0));

    List<String> sent = fields(fill);

    assertThat(sent).hasSize(31);
    assertThat(sent.subList(0, 4)).containsExactly("11", "-1", "5", "265598");
    assertThat(sent.get(14)).isEqualTo("0000e0d5.6571b2c4.01.01");
    assertThat(sent.get(18)).isEqualTo("BOT");
    assertThat(decodeServer(sent)).isEqualTo(fill);
  }

  @Test
  void commissionReportSendsUnsetAsIbsMaxDouble() {
    CommissionReport report =
        new CommissionReport("0000e0d5.6571b2c4.01.01", 1.0, "USD", null, null, null);

    List<String> sent = fields(report);

    assertThat(sent)
        .containsExactly(
            "59",
            "1",
            "0000e0d5.6571b2c4.01.01",
            "1.0",
            "USD",
            "1.7976931348623157E308",
            "1.7976931348623157E308",
            "");
    assertThat(decodeServer(sent)).isEqualTo(report);
    assertThat(decodeServer(List.of("59", "1", "x", "2.5", "USD", "12.5", "", "")))
        .isEqualTo(new CommissionReport("x", 2.5, "USD", 12.5, null, null));
  }

  @Test
  void endMessagesCarryVersionAndRequestId() {
    assertThat(fields(new OpenOrderEnd())).containsExactly("53", "1");
    assertThat(fields(new ExecutionDataEnd(106))).containsExactly("55", "1", "106");
    assertThat(decodeServer(List.of("55", "1", "106"))).isEqualTo(new ExecutionDataEnd(106));
    assertThat(decodeServer(List.of("53", "1"))).isEqualTo(new OpenOrderEnd());
  }
}
