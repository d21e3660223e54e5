package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra closed days and early closes on top of NYSE's rules ({@code calendar.*}). */
class ExchangeCalendarExtrasTests {
  private static final LocalDate MOURNING = LocalDate.parse("2025-01-09");
  private static final LocalDate FRIDAY = LocalDate.parse("2025-01-10");
  private static final LocalDate BLACK_FRIDAY = LocalDate.parse("2024-11-29");

  private final ExchangeCalendar calendar =
      ExchangeCalendar.nyse(
          List.of(new ExtraClosedDay(MOURNING, "National Day of Mourning")),
          List.of(
              new ExtraEarlyClose(FRIDAY, LocalTime.of(14, 0), "Announced half day"),
              new ExtraEarlyClose(BLACK_FRIDAY, LocalTime.of(12, 0), "Earlier than usual")));

  @Test
  void anExtraClosedDayHasNoSessionAndSaysWhy() {
    assertThat(calendar.isTradingDay(MOURNING)).isFalse();
    assertThat(calendar.closureReason(MOURNING)).contains("National Day of Mourning");
    assertThat(calendar.nextTradingDay(MOURNING.minusDays(1))).isEqualTo(FRIDAY);
    assertThat(calendar.lastCompletedSession(Instant.parse("2025-01-09T22:00:00Z")))
        .isEqualTo(MOURNING.minusDays(1));
    assertThatThrownBy(() -> calendar.sessionOpen(MOURNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("National Day of Mourning");
  }

  @Test
  void anExtraEarlyCloseEndsTheSessionAtItsTime() {
    assertThat(calendar.sessionClose(FRIDAY).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    assertThat(calendar.earlyCloseReason(FRIDAY)).contains("Announced half day");
    assertThat(calendar.isOpen(Instant.parse("2025-01-10T18:59:59Z"))).isTrue();
    assertThat(calendar.isOpen(Instant.parse("2025-01-10T19:00:00Z"))).isFalse();
    assertThat(calendar.lastCompletedSession(Instant.parse("2025-01-10T19:00:00Z")))
        .isEqualTo(FRIDAY);
  }

  @Test
  void anExtraEarlyCloseWinsOverTheRulesHalfDay() {
    assertThat(calendar.sessionClose(BLACK_FRIDAY).toLocalTime()).isEqualTo(LocalTime.of(12, 0));
    assertThat(calendar.earlyCloseReason(BLACK_FRIDAY)).contains("Earlier than usual");
    assertThat(ExchangeCalendar.nyse().earlyCloseReason(BLACK_FRIDAY))
        .contains("Day after Thanksgiving");
  }

  @Test
  void otherDaysKeepTheRules() {
    LocalDate thursday = LocalDate.parse("2025-01-16");
    assertThat(calendar.sessionClose(thursday).toLocalTime()).isEqualTo(ExchangeCalendar.CLOSE);
    assertThat(calendar.earlyCloseReason(thursday)).isEmpty();
    assertThat(calendar.closureReason(LocalDate.parse("2025-07-04"))).contains("Independence Day");
  }

  @Test
  void calendarsWithTheSameExtrasAreEqual() {
    List<ExtraClosedDay> closed = List.of(new ExtraClosedDay(MOURNING, "Mourning"));
    assertThat(ExchangeCalendar.nyse(closed, List.of()))
        .isEqualTo(ExchangeCalendar.nyse(closed, List.of()))
        .hasSameHashCodeAs(ExchangeCalendar.nyse(closed, List.of()))
        .isNotEqualTo(ExchangeCalendar.nyse());
    assertThat(ExchangeCalendar.nyse()).isEqualTo(ExchangeCalendar.nyse(List.of(), List.of()));
  }

  @Test
  void aDateGivenTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                ExchangeCalendar.nyse(
                    List.of(new ExtraClosedDay(MOURNING, "a"), new ExtraClosedDay(MOURNING, "b")),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-01-09 given twice");
  }

  @Test
  void anEarlyCloseOnADayWithoutASessionIsRefused() {
    assertThatThrownBy(
            () ->
                ExchangeCalendar.nyse(
                    List.of(new ExtraClosedDay(MOURNING, "Mourning")),
                    List.of(new ExtraEarlyClose(MOURNING, LocalTime.NOON, "half"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which has no session: Mourning");
    assertThatThrownBy(
            () ->
                ExchangeCalendar.nyse(
                    List.of(),
                    List.of(
                        new ExtraEarlyClose(
                            LocalDate.parse("2025-01-11"), LocalTime.NOON, "Saturday"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("which has no session: Saturday");
  }

  @Test
  void anEarlyCloseOutsideTheRegularSessionIsRefused() {
    for (LocalTime close : List.of(LocalTime.of(9, 30), LocalTime.of(16, 0), LocalTime.of(17, 0))) {
      assertThatThrownBy(
              () ->
                  ExchangeCalendar.nyse(
                      List.of(), List.of(new ExtraEarlyClose(FRIDAY, close, "late"))))
          .as("close at %s", close)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected: after 09:30 and before 16:00");
    }
  }
}
