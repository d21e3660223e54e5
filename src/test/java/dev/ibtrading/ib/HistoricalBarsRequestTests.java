package dev.ibtrading.ib;

import static dev.ibtrading.ib.ContractDetailsRequestTests.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.broker.Bar;
import dev.ibtrading.ib.message.CancelHistoricalData;
import dev.ibtrading.ib.message.HistoricalBar;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.WireContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The daily-bars request: what it asks for and how it reads the answer. */
class HistoricalBarsRequestTests {
  private static final int ID = 1 << 30;
  private static final WireContract SPY = WireContract.stock(756733, "SPY", "USD", "ARCA");

  @Test
  void durationCoversTheTradingDaysWithRoomForWeekendsAndHolidays() {
    assertThat(HistoricalBarsRequest.duration(1)).isEqualTo("7 D");
    assertThat(HistoricalBarsRequest.duration(5)).isEqualTo("13 D");
    assertThat(HistoricalBarsRequest.duration(240)).isEqualTo("365 D");
    assertThat(HistoricalBarsRequest.duration(241)).isEqualTo("2 Y");
    assertThat(HistoricalBarsRequest.duration(500)).isEqualTo("3 Y");
  }

  @Test
  void endDateTimeIsEmptyForTodayAndUtcEndOfDayBefore() {
    Instant fridayMorningNy = Instant.parse("2025-01-03T15:00:00Z");

    assertThat(HistoricalBarsRequest.endDateTime(LocalDate.of(2025, 1, 3), fridayMorningNy))
        .isEmpty();
    assertThat(HistoricalBarsRequest.endDateTime(LocalDate.of(2025, 2, 1), fridayMorningNy))
        .isEmpty();
    assertThat(HistoricalBarsRequest.endDateTime(LocalDate.of(2025, 1, 2), fridayMorningNy))
        .isEqualTo("20250103-04:59:59");
    assertThat(HistoricalBarsRequest.endDateTime(LocalDate.of(2024, 7, 1), fridayMorningNy))
        .isEqualTo("20240702-03:59:59"); // summer time: New York is UTC-4
  }

  @Test
  void asksForDailyRegularHoursTradesAndCancelsByRequestId() {
    var request = new HistoricalBarsRequest(ID, SPY, "", 5);

    assertThat(request.request()).isEqualTo(RequestHistoricalData.dailyTrades(ID, SPY, "", "13 D"));
    assertThat(request.cancelRequest()).isEqualTo(new CancelHistoricalData(ID));
    assertThatThrownBy(() -> new HistoricalBarsRequest(ID, SPY, "", 0))
        .hasMessageContaining("expected: >= 1");
  }

  @Test
  void aSpanOfDaysIsAskedAsItsDayCountEndingAtItsLastDay() {
    Instant now = Instant.parse("2025-06-02T15:00:00Z");

    var year =
        HistoricalBarsRequest.covering(
            ID, SPY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30), now);
    var endingToday =
        HistoricalBarsRequest.covering(
            ID, SPY, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1), now);

    assertThat(year.request())
        .isEqualTo(RequestHistoricalData.dailyTrades(ID, SPY, "20241231-04:59:59", "365 D"));
    assertThat(year.describe()).isEqualTo("daily bars of SPY 2024-01-01..2024-12-30");
    // an end from today on is "now": the span counts to today
    assertThat(endingToday.request())
        .isEqualTo(RequestHistoricalData.dailyTrades(ID, SPY, "", "33 D"));
    assertThatThrownBy(
            () ->
                HistoricalBarsRequest.covering(
                    ID, SPY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), now))
        .hasMessageContaining("expected: 1 to 365 days");
  }

  @Test
  void readsBarsAsDecimals() throws Exception {
    var request = new HistoricalBarsRequest(ID, SPY, "", 5);

    request.offer(
        new HistoricalData(
            ID,
            "a",
            "b",
            List.of(
                new HistoricalBar(
                    "20250102", 590.1, 591.2, 588.3, 590.9, new BigDecimal("123"), null, 1))));

    assertThat(request.result().get())
        .containsExactly(
            new Bar(
                LocalDate.of(2025, 1, 2),
                new BigDecimal("590.1"),
                new BigDecimal("591.2"),
                new BigDecimal("588.3"),
                new BigDecimal("590.9"),
                new BigDecimal("123")));
  }

  @Test
  void aBarDateThatIsNotADateFailsTheRequest() {
    var request = new HistoricalBarsRequest(ID, SPY, "", 5);

    request.offer(
        new HistoricalData(
            ID, "a", "b", List.of(new HistoricalBar("2025-01-02", 1, 1, 1, 1, null, null, 1))));

    assertThat(failure(request)).hasMessageContaining("'2025-01-02' (expected: yyyyMMdd)");
  }
}
