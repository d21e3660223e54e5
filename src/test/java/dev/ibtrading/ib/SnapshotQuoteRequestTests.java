package dev.ibtrading.ib;

import static dev.ibtrading.ib.ContractDetailsRequestTests.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.ib.message.CancelMarketData;
import dev.ibtrading.ib.message.ErrorMessage;
import dev.ibtrading.ib.message.MarketDataTypeReport;
import dev.ibtrading.ib.message.RequestMarketData;
import dev.ibtrading.ib.message.TickPrice;
import dev.ibtrading.ib.message.TickSnapshotEnd;
import dev.ibtrading.ib.message.TickString;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How snapshot ticks become a quote, fed message by message. */
class SnapshotQuoteRequestTests {
  private static final int ID = 1 << 30;
  private static final WireContract SPY = WireContract.stock(756733, "SPY", "USD", "ARCA");

  private static TickPrice tick(int id, int type, double price) {
    return new TickPrice(id, type, price, BigDecimal.TEN, 0);
  }

  @Test
  void asksForASnapshotAndCancelsByTickerId() {
    var request = new SnapshotQuoteRequest(ID, SPY, 1);

    assertThat(((RequestMarketData) request.request()).snapshot()).isTrue();
    assertThat(request.cancelRequest()).isEqualTo(new CancelMarketData(ID));
  }

  @Test
  void collectsLiveTicksUntilTheSnapshotEnd() throws Exception {
    var request = new SnapshotQuoteRequest(ID, SPY, 1);

    request.offer(new MarketDataTypeReport(ID, 1));
    request.offer(tick(ID, 1, 100.01));
    request.offer(tick(ID, 2, 100.03));
    request.offer(tick(ID, 4, 100.02));
    request.offer(tick(ID, 9, 99.5));
    request.offer(tick(ID + 1, 4, 1.0)); // another ticker
    request.offer(tick(ID, 6, 101.0)); // high: not part of a quote
    assertThat(request.result()).isNotDone();
    request.offer(new TickSnapshotEnd(ID));

    assertThat(request.result().get())
        .isEqualTo(new SnapshotQuote(100.01, 100.03, 100.02, 99.5, 1));
  }

  @Test
  void delayedTicksAndTheDelayedWarningMakeADelayedQuote() throws Exception {
    var request = new SnapshotQuoteRequest(ID, SPY, 3);

    request.offer(
        new ErrorMessage(ID, 10167, "Requested market data is not subscribed. Displaying delayed"));
    request.offer(new ErrorMessage(ID, 10090, "Part of requested market data is not subscribed"));
    request.offer(new MarketDataTypeReport(ID, 3));
    request.offer(tick(ID, 66, -1)); // no bid
    request.offer(tick(ID, 67, 50.5));
    request.offer(tick(ID, 68, 50.25));
    request.offer(tick(ID, 75, 49.0));
    request.offer(new TickSnapshotEnd(ID));

    assertThat(request.result().get()).isEqualTo(new SnapshotQuote(null, 50.5, 50.25, 49.0, 3));
  }

  @Test
  void theLastTradesTimeComesFromLastTimestampLiveOrDelayed() throws Exception {
    var live = new SnapshotQuoteRequest(ID, SPY, 1);
    live.offer(tick(ID, 4, 100.02));
    live.offer(new TickString(ID, 45, "1735830000"));
    live.offer(new TickString(ID + 1, 45, "1")); // another ticker
    live.offer(new TickSnapshotEnd(ID));
    var delayed = new SnapshotQuoteRequest(ID, SPY, 3);
    delayed.offer(tick(ID, 68, 50.25));
    delayed.offer(new TickString(ID, 88, "1735829100"));
    delayed.offer(new TickSnapshotEnd(ID));
    var garbled = new SnapshotQuoteRequest(ID, SPY, 1);
    garbled.offer(tick(ID, 4, 100.02));
    garbled.offer(new TickString(ID, 45, "yesterday"));
    garbled.offer(new TickSnapshotEnd(ID));

    assertThat(live.result().get().lastTradeAt()).isEqualTo(Instant.ofEpochSecond(1735830000));
    assertThat(delayed.result().get().lastTradeAt()).isEqualTo(Instant.ofEpochSecond(1735829100));
    assertThat(garbled.result().get().lastTradeAt()).isNull();
  }

  @Test
  void withoutATypeReportDelayedTicksStillSayDelayed() throws Exception {
    var request = new SnapshotQuoteRequest(ID, SPY, 1);

    request.offer(tick(ID, 68, 50.25));
    request.offer(new TickSnapshotEnd(ID));

    assertThat(request.result().get().marketDataType()).isEqualTo(3);
  }

  @Test
  void anEntitlementErrorFailsTheQuote() {
    var request = new SnapshotQuoteRequest(ID, SPY, 1);

    request.offer(new ErrorMessage(ID, 354, "Requested market data is not subscribed."));

    assertThat(failure(request)).isInstanceOf(IbRequestException.class).hasMessageContaining("354");
  }
}
