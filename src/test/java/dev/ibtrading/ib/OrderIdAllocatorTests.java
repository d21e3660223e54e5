package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.message.NextValidId;
import dev.ibtrading.ib.message.OrderStatusMessage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderIdAllocatorTests {
  private final OrderIdAllocator ids = new OrderIdAllocator();

  @Test
  void refusesBeforeTheGatewayGaveAStart() {
    assertThatThrownBy(ids::allocate).hasMessageContaining("NEXT_VALID_ID");
  }

  @Test
  void startsAtNextValidIdAndCountsUp() {
    ids.accept(new NextValidId(5));

    assertThat(ids.allocate()).isEqualTo(5);
    assertThat(ids.allocate()).isEqualTo(6);
  }

  @Test
  void jumpsPastEveryIdSeenInOrderMessages() {
    ids.accept(new NextValidId(5));
    ids.accept(statusOf(40));

    assertThat(ids.allocate()).isEqualTo(41);
  }

  @Test
  void aLowerNextValidIdLaterNeverTakesItBack() {
    ids.accept(new NextValidId(5));
    int first = ids.allocate();
    ids.accept(new NextValidId(1)); // a reconnect to a gateway that forgot

    assertThat(ids.allocate()).isGreaterThan(first);
  }

  private static OrderStatusMessage statusOf(int orderId) {
    return new OrderStatusMessage(
        orderId, "Submitted", BigDecimal.ZERO, BigDecimal.ONE, 0, 1, 0, 0, 9, "", 0);
  }
}
