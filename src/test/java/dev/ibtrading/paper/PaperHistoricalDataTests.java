package dev.ibtrading.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.ib.message.HistoricalBar;
import dev.ibtrading.ib.message.HistoricalData;
import dev.ibtrading.ib.message.RequestHistoricalData;
import dev.ibtrading.ib.message.WireContract;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The paper gateway's reading of durationStr, endDateTime, bar size and what to show. */
class PaperHistoricalDataTests {
  private static final WireContract SPY = WireContract.stock(0, "SPY", "USD", "");
  private static final Instant FRIDAY_EVENING_NY = Instant.parse("2025-01-03T22:00:00Z");

  private static HistoricalData answer(String end, String duration) {
    PaperMarket market = PaperMarketTests.market(42, FRIDAY_EVENING_NY);
    return PaperHistoricalData.answer(
        RequestHistoricalData.dailyTrades(5, SPY, end, duration), "SPY", market, FRIDAY_EVENING_NY);
  }

  @Test
  void durationIsACalendarSpanEndingAtTheEnd() {
    assertThat(answer("", "5 D").bars())
        .extracting(HistoricalBar::date)
        .containsExactly("20241230", "20241231", "20250102", "20250103"); // Jan 1: a holiday
    assertThat(answer("", "2 W").bars()).hasSize(8); // Dec 23 .. Jan 3 but Dec 25 and Jan 1
    assertThat(answer("", "1 M").bars()).hasSize(21); // Dec 4 .. Jan 3, NYSE trading days
    assertThat(answer("", "1 Y").bars()).hasSize(252); // 262 weekdays, 10 NYSE holidays
  }

  @Test
  void startAndEndAreNewYorkTimes() {
    HistoricalData data = answer("", "5 D");

    assertThat(data.reqId()).isEqualTo(5);
    assertThat(data.start()).isEqualTo("20241229 17:00:00");
    assertThat(data.end()).isEqualTo("20250103 17:00:00");
  }

  @Test
  void anEndInThePastInEitherFormatEndsThere() {
    assertThat(answer("20250102-21:00:00", "3 D").bars())
        .extracting(HistoricalBar::date)
        .containsExactly("20241231", "20250102");
    assertThat(answer("20250102 15:59:59 US/Eastern", "3 D").bars())
        .extracting(HistoricalBar::date)
        .containsExactly("20241231"); // Jan 1 is a holiday, Jan 2 not complete yet
    assertThat(answer("20250102 16:00:00", "3 D").bars()).hasSize(2);
  }

  @Test
  void anEndInTheFutureIsNow() {
    assertThat(answer("20300101-00:00:00", "5 D")).isEqualTo(answer("", "5 D"));
  }

  @Test
  void durationsAreParsedOrRefused() {
    assertThat(PaperHistoricalData.duration("3 M")).isEqualTo(Period.ofMonths(3));
    assertThat(PaperHistoricalData.duration("2 y")).isEqualTo(Period.ofYears(2));
    for (String bad : new String[] {"", "5", "5 X", "0 D", "60 S", "D 5"}) {
      assertThatThrownBy(() -> PaperHistoricalData.duration(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              PaperHistoricalData.Rejected.class, e -> assertThat(e.code).isEqualTo(321))
          .hasMessageContaining("expected: N D, N W, N M or N Y");
    }
  }

  @Test
  void otherBarSizesAndDataKindsAreRefusedWith162() {
    PaperMarket market = PaperMarketTests.market(42, FRIDAY_EVENING_NY);
    var hourly =
        new RequestHistoricalData(5, SPY, false, "", "1 hour", "1 D", true, "TRADES", 1, false, "");
    var midpoint =
        new RequestHistoricalData(
            5, SPY, false, "", "1 day", "1 D", true, "MIDPOINT", 1, false, "");

    assertThatThrownBy(() -> PaperHistoricalData.answer(hourly, "SPY", market, FRIDAY_EVENING_NY))
        .hasMessageContaining("'1 hour'")
        .isInstanceOfSatisfying(
            PaperHistoricalData.Rejected.class, e -> assertThat(e.code).isEqualTo(162));
    assertThatThrownBy(() -> PaperHistoricalData.answer(midpoint, "SPY", market, FRIDAY_EVENING_NY))
        .hasMessageContaining("MIDPOINT");
    assertThatThrownBy(() -> PaperHistoricalData.endDateTime("yesterday", FRIDAY_EVENING_NY))
        .hasMessageContaining("'yesterday'");
  }
}
