package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.CancelPositions;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.PositionEnd;
import dev.ibtrading.ib.message.PositionMessage;
import dev.ibtrading.ib.message.RequestPositions;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The positions request fed messages directly, as the client's reader would. */
class PositionsRequestTests {
  private final PositionsRequest request = new PositionsRequest();

  @Test
  void isASubscriptionWithoutRequestId() {
    assertThat(request.request()).isEqualTo(new RequestPositions());
    assertThat(request.cancelRequest()).isEqualTo(new CancelPositions());
    assertThat(request.cancelWhenDone()).isTrue();
    assertThat(request.requestId()).isEqualTo(PendingRequest.NO_REQUEST_ID);
  }

  @Test
  void collectsRowsUntilEnd() {
    var spy = row("DU1", 756733, "SPY", "100");
    var aapl = row("DU2", 265598, "AAPL", "-5");

    request.offer(spy);
    request.offer(aapl);
    assertThat(request.result()).isNotDone();
    request.offer(new PositionEnd());

    assertThat(request.result()).isCompletedWithValue(List.of(spy, aapl));
  }

  @Test
  void aLaterRowOfTheSameAccountAndContractReplacesAnEarlierOne() {
    // A change push that arrives before the answer is superseded by the answer.
    request.offer(row("DU1", 756733, "SPY", "100"));
    request.offer(row("DU2", 756733, "SPY", "7"));
    var answer = row("DU1", 756733, "SPY", "150");
    request.offer(answer);
    request.offer(new PositionEnd());

    assertThat(request.result())
        .isCompletedWithValue(List.of(answer, row("DU2", 756733, "SPY", "7")));
  }

  @Test
  void errorsWithoutItsIdDoNotFailIt() {
    request.offer(new ErrorMessage(-1, 2104, "Market data farm connection is OK"));
    request.offer(new ErrorMessage(5, 200, "No security definition"));
    request.offer(new PositionEnd());

    assertThat(request.result()).isCompletedWithValue(List.of());
  }

  static PositionMessage row(String account, int conId, String symbol, String quantity) {
    return new PositionMessage(
        account,
        new WireContract(conId, symbol, "STK", "", 0.0, "", "", "ARCA", "", "USD", symbol, symbol),
        new BigDecimal(quantity),
        101.5);
  }
}
