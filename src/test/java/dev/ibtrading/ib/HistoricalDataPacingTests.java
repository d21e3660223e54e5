package dev.ibtrading.ib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.WireContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** IB's three pacing rules, on instants the test sets: nothing waits for real. */
class HistoricalDataPacingTests {
  private static final Instant T0 = Instant.parse("2025-01-06T15:00:00Z");
  private final HistoricalDataPacing pacing = new HistoricalDataPacing();

  private static RequestHistoricalData bars(int reqId, String symbol, String end) {
    return RequestHistoricalData.dailyTrades(
        reqId, WireContract.stock(0, symbol, "USD", ""), end, "365 D");
  }

  private static RequestHistoricalData bidAsk(int reqId, String symbol, String end) {
    RequestHistoricalData r = bars(reqId, symbol, end);
    return new RequestHistoricalData(
        reqId, r.contract(), false, end, "1 day", r.duration(), true, "BID_ASK", 1, false, "");
  }

  @Test
  void theFirstRequestGoesAtOnce() {
    assertThat(pacing.waitBefore(bars(1, "SPY", "20240101-04:59:59"), T0).isNone()).isTrue();
  }

  @Test
  void anIdenticalRequestWaitsUntil15sAfterTheFirstWhateverItsId() {
    pacing.record(bars(1, "SPY", "20240101-04:59:59"), T0);

    HistoricalDataPacing.Wait wait =
        pacing.waitBefore(bars(2, "SPY", "20240101-04:59:59"), T0.plusSeconds(4));

    assertThat(wait.duration()).isEqualTo(Duration.ofSeconds(11));
    assertThat(wait.reason()).contains("identical", "15 s");
    assertThat(pacing.waitBefore(bars(3, "SPY", "20240101-04:59:59"), T0.plusSeconds(15)).isNone())
        .isTrue();
  }

  @Test
  void aRequestThatDiffersInItsEndIsNotIdentical() {
    pacing.record(bars(1, "SPY", "20240101-04:59:59"), T0);

    assertThat(pacing.waitBefore(bars(2, "SPY", "20250101-04:59:59"), T0.plusSeconds(1)).isNone())
        .isTrue();
  }

  @Test
  void theSixthRequestForOneContractWithin2sWaitsForTheFirstToAgeOut() {
    for (int i = 0; i < 5; i++) {
      pacing.record(bars(i, "SPY", "2024010" + i + "-04:59:59"), T0.plusMillis(100L * i));
    }
    Instant now = T0.plusMillis(500);

    HistoricalDataPacing.Wait sixth = pacing.waitBefore(bars(9, "SPY", "20240109-04:59:59"), now);

    assertThat(sixth.duration()).isEqualTo(Duration.ofMillis(1500)); // T0 + 2 s - now
    assertThat(sixth.reason()).contains("5 requests for SPY STK SMART USD TRADES");
    assertThat(pacing.waitBefore(bars(9, "VIXY", "20240109-04:59:59"), now).isNone())
        .as("another contract")
        .isTrue();
  }

  @Test
  void bidAskCountsTwice() {
    pacing.record(bidAsk(1, "SPY", "20240101-04:59:59"), T0);
    pacing.record(bidAsk(2, "SPY", "20240102-04:59:59"), T0);

    assertThat(pacing.waitBefore(bars(3, "SPY", "20240103-04:59:59"), T0).isNone())
        .as("2 x 2 + 1 = 5 in 2 s")
        .isTrue();
    assertThat(pacing.waitBefore(bidAsk(3, "SPY", "20240103-04:59:59"), T0).isNone())
        .as("2 x 2 + 2 = 6 in 2 s")
        .isFalse();
  }

  @Test
  void the61stRequestWithinTenMinutesWaitsForTheFirstToAgeOut() {
    for (int i = 0; i < 60; i++) {
      // 10 s apart, each its own contract: only the ten-minute rule can bite
      pacing.record(bars(i, "S" + i, "20240101-04:59:59"), T0.plusSeconds(i * 5L));
    }
    Instant now = T0.plusSeconds(300);

    HistoricalDataPacing.Wait wait = pacing.waitBefore(bars(99, "SPY", "20240101-04:59:59"), now);

    assertThat(wait.duration()).isEqualTo(Duration.ofSeconds(300)); // T0 + 10 min - now
    assertThat(wait.reason()).contains("60 requests in the last 10 minutes");
    assertThat(
            pacing
                .waitBefore(bars(99, "SPY", "20240101-04:59:59"), T0.plus(Duration.ofMinutes(10)))
                .isNone())
        .isTrue();
  }

  @Test
  void theLongestWaitWins() {
    pacing.record(bars(1, "SPY", "20240101-04:59:59"), T0);
    for (int i = 2; i <= 5; i++) {
      pacing.record(bars(i, "SPY", "2024010" + i + "-04:59:59"), T0.plusMillis(1900));
    }

    HistoricalDataPacing.Wait wait =
        pacing.waitBefore(bars(6, "SPY", "20240101-04:59:59"), T0.plusMillis(1950));

    assertThat(wait.duration()).isEqualTo(Duration.ofMillis(13_050));
    assertThat(wait.reason()).contains("identical");
  }
}
