package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.AccountSummary;
import dev.ibtrading.ib.message.AccountSummaryEnd;
import dev.ibtrading.ib.message.CancelAccountSummary;
import dev.ibtrading.ib.message.CurrentTime;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.RequestAccountSummary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The account summary request fed messages directly, as the client's reader would. */
class AccountSummaryRequestTests {
  private final AccountSummaryRequest request = new AccountSummaryRequest(42);

  @Test
  void asksForEverySnapshotTagOfAllAccounts() {
    assertThat(request.request())
        .isEqualTo(
            new RequestAccountSummary(
                42,
                "All",
                List.of(
                    "NetLiquidation",
                    "TotalCashValue",
                    "EquityWithLoanValue",
                    "PreviousDayEquityWithLoanValue",
                    "GrossPositionValue",
                    "MaintMarginReq",
                    "ExcessLiquidity",
                    "Cushion",
                    "BuyingPower")));
  }

  @Test
  void isASubscriptionCancelledByItsId() {
    assertThat(request.cancelWhenDone()).isTrue();
    assertThat(request.cancelRequest()).isEqualTo(new CancelAccountSummary(42));
    assertThat(request.requestId()).isEqualTo(42);
  }

  @Test
  void collectsItsOwnRowsUntilItsEnd() throws Exception {
    var mine = new AccountSummary(42, "DU1", "NetLiquidation", "10.00", "USD");
    var other = new AccountSummary(41, "DU1", "NetLiquidation", "99.00", "USD");
    var mineToo = new AccountSummary(42, "DU2", "Cushion", "1.00", "USD");

    request.offer(mine);
    request.offer(other);
    request.offer(new CurrentTime(1));
    request.offer(new AccountSummaryEnd(41));
    assertThat(request.result()).isNotDone();
    request.offer(mineToo);
    request.offer(new AccountSummaryEnd(42));

    assertThat(request.result().get()).containsExactly(mine, mineToo);
  }

  @Test
  void anErrorWithItsIdFailsIt() {
    request.offer(new ErrorMessage(42, 321, "Error validating request"));

    assertThat(request.result())
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IbRequestException.class)
        .withMessageContaining("321");
  }

  @Test
  void aNoticeWithItsIdDoesNot() {
    request.offer(new ErrorMessage(42, 2104, "Market data farm connection is OK"));
    request.offer(new AccountSummaryEnd(42));

    assertThat(request.result()).isCompletedWithValue(List.of());
  }
}
