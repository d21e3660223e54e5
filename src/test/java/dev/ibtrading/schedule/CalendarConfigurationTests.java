package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding and validation of {@code calendar.*}, and the calendar bean built from it. */
class CalendarConfigurationTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(CalendarConfiguration.class);

  @Test
  void withoutSettingsTheCalendarIsNysesByRule() {
    runner.run(
        context -> {
          CalendarProperties properties = context.getBean(CalendarProperties.class);
          assertThat(properties.extraClosedDays()).isEmpty();
          assertThat(properties.extraEarlyCloses()).isEmpty();
          assertThat(context.getBean(ExchangeCalendar.class).isTradingDay(day("2025-01-09")))
              .isTrue();
        });
  }

  @Test
  void theExtrasAreBoundAndKeptByTheCalendarBean() {
    runner
        .withPropertyValues(
            "calendar.extra-closed-days[0].date=2025-01-09",
            "calendar.extra-closed-days[0].reason=National Day of Mourning",
            "calendar.extra-early-closes[0].date=2025-01-10",
            "calendar.extra-early-closes[0].close=14:30",
            "calendar.extra-early-closes[0].reason=Announced half day")
        .run(
            context -> {
              assertThat(context.getBean(CalendarProperties.class).extraClosedDays())
                  .containsExactly(
                      new ExtraClosedDay(day("2025-01-09"), "National Day of Mourning"));
              ExchangeCalendar calendar = context.getBean(ExchangeCalendar.class);
              assertThat(calendar.closureReason(day("2025-01-09")))
                  .contains("National Day of Mourning");
              assertThat(calendar.sessionClose(day("2025-01-10")).toLocalTime())
                  .isEqualTo(LocalTime.of(14, 30));
            });
  }

  @Test
  void aClosedDayWithoutAReasonIsRefused() {
    runner
        .withPropertyValues("calendar.extra-closed-days[0].date=2025-01-09")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("extraClosedDays[0].reason"));
  }

  @Test
  void anEarlyCloseWithoutATimeIsRefused() {
    runner
        .withPropertyValues(
            "calendar.extra-early-closes[0].date=2025-01-10",
            "calendar.extra-early-closes[0].reason=half day")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(BindValidationException.class)
                    .hasMessageContaining("extraEarlyCloses[0].close"));
  }

  @Test
  void aDateThatIsNotADateIsRefused() {
    runner
        .withPropertyValues(
            "calendar.extra-closed-days[0].date=9 Jan 2025",
            "calendar.extra-closed-days[0].reason=Mourning")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void anEarlyCloseOnAClosedDayStopsTheStart() {
    runner
        .withPropertyValues(
            "calendar.extra-closed-days[0].date=2025-01-09",
            "calendar.extra-closed-days[0].reason=Mourning",
            "calendar.extra-early-closes[0].date=2025-01-09",
            "calendar.extra-early-closes[0].close=13:00",
            "calendar.extra-early-closes[0].reason=half day")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("which has no session: Mourning"));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
