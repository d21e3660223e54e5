package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.broker.OrderReport;
import dev.ibtrading.broker.OrderSide;
import dev.ibtrading.broker.OrderStatus;
import dev.ibtrading.ib.message.CompletedOrder;
import dev.ibtrading.ib.message.OrderTerms;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A COMPLETED_ORDER as the report an earlier attempt is judged by. */
class CompletedOrderMapperTests {
  private static final WireContract SPY = WireContract.stock(756733, "SPY", "USD", "ARCA");

  private static CompletedOrder completed(
      String action, String status, String filled, String completedStatus) {
    return new CompletedOrder(
        SPY,
        OrderTerms.of(action, new BigDecimal("10"), "LMT", 400.0, "DAY", "DU1", "allocation:42"),
        1_000_007L,
        status,
        new BigDecimal(filled),
        "20250103 16:00:00 America/New_York",
        completedStatus);
  }

  @Test
  void anOrderCancelledWithoutFillsEndedUnfilledButWasNotRefused() {
    OrderReport report =
        CompletedOrderMapper.toReport(completed("BUY", "Cancelled", "0", "Cancelled by Trader"))
            .orElseThrow();

    assertThat(report.orderId()).isEqualTo(CompletedOrderMapper.NO_ORDER_ID);
    assertThat(report.permId()).isEqualTo(1_000_007L);
    assertThat(report.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(report.filled()).isEqualByComparingTo("0");
    assertThat(report.remaining()).isEqualByComparingTo("10");
    assertThat(report.isRejected()).isFalse();
    assertThat(report.description().orderRef()).isEqualTo("allocation:42");
    assertThat(report.description().side()).isEqualTo(OrderSide.BUY);
    assertThat(report.request().orderRef()).isEqualTo("allocation:42");
    assertThat(report.request().contract().symbol()).isEqualTo("SPY");
  }

  @Test
  void anInactiveOrderIsARejectionNamedByItsCompletedStatus() {
    OrderReport report =
        CompletedOrderMapper.toReport(completed("SELL", "Inactive", "0", "Rejected")).orElseThrow();

    assertThat(report.status()).isEqualTo(OrderStatus.INACTIVE);
    assertThat(report.isRejected()).isTrue();
    assertThat(report.lastError()).isEqualTo("Rejected");
  }

  @Test
  void aFilledOrderHasNothingRemaining() {
    OrderReport report =
        CompletedOrderMapper.toReport(completed("BUY", "Filled", "10", "Filled")).orElseThrow();

    assertThat(report.status()).isEqualTo(OrderStatus.FILLED);
    assertThat(report.filled()).isEqualByComparingTo("10");
    assertThat(report.remaining()).isEqualByComparingTo("0");
  }

  @Test
  void anOrderWhoseActionIsNoneOfIbsIsLeftOut() {
    assertThat(CompletedOrderMapper.toReport(completed("HOLD", "Cancelled", "0", ""))).isEmpty();
  }
}
