package dev.ibtrading.ib.message;

import static dev.ibtrading.ib.message.WireFixtures.decodeClient;
import static dev.ibtrading.ib.message.WireFixtures.fields;
import static dev.ibtrading.ib.message.WireFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small order requests against the frames captured at 176 (§3.11, §3.12). */
class OrderRequestMessagesTests {
  @Test
  void cancelOrderIsTheCapturedFrame() {
    assertThat(hex(new CancelOrder(2))).isEqualTo("0000000734003100320000");
    assertThat(decodeClient(List.of("4", "1", "2", ""))).isEqualTo(new CancelOrder(2, ""));
  }

  @Test
  void globalCancelAndOpenOrderRequestsAreVersionOnly() {
    assertThat(fields(new RequestGlobalCancel())).containsExactly("58", "1");
    assertThat(fields(new RequestOpenOrders())).containsExactly("5", "1");
    assertThat(fields(new RequestAllOpenOrders())).containsExactly("16", "1");
    assertThat(fields(new RequestAutoOpenOrders(true))).containsExactly("15", "1", "1");
  }

  @Test
  void theyDecodeBack() {
    assertThat(decodeClient(List.of("58", "1"))).isEqualTo(new RequestGlobalCancel());
    assertThat(decodeClient(List.of("5", "1"))).isEqualTo(new RequestOpenOrders());
    assertThat(decodeClient(List.of("16", "1"))).isEqualTo(new RequestAllOpenOrders());
    assertThat(decodeClient(List.of("15", "1", "0"))).isEqualTo(new RequestAutoOpenOrders(false));
  }

  @Test
  void executionsRequestIsWhatIbJavaSends() {
    assertThat(fields(new RequestExecutions(106, ExecutionFilter.all())))
        .containsExactly("7", "3", "106", "0", "", "", "", "", "", "");
  }

  @Test
  void executionsRequestDecodesStoqeysEmptyClientIdAsAll() {
    Object decoded = decodeClient(List.of("7", "3", "5", "", "DU1", "", "AAPL", "", "", "BUY"));

    assertThat(decoded)
        .isEqualTo(
            new RequestExecutions(5, new ExecutionFilter(0, "DU1", "", "AAPL", "", "", "BUY")));
  }
}
