package dev.ibtrading.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Closures and half days the exchange announces at short notice, bound from {@code calendar.*} and
 * added to NYSE's rules in the one {@link ExchangeCalendar} every intent, the status page, replay
 * and the embedded paper gateway keep. For example:
 *
 * <pre>
 * calendar.extra-closed-days[0].date=2025-01-09
 * calendar.extra-closed-days[0].reason=National Day of Mourning for President Carter
 * calendar.extra-early-closes[0].date=2025-01-10
 * calendar.extra-early-closes[0].close=13:00
 * calendar.extra-early-closes[0].reason=Early close announced by NYSE
 * </pre>
 *
 * Each entry needs its date and reason (an early close also its time); a date given twice, an early
 * close on a day without a session or outside 09:30-16:00 stops the application at start-up ({@link
 * ExchangeCalendar#nyse(List, List)}).
 *
 * @param extraClosedDays whole days without a session, on top of the rules
 * @param extraEarlyCloses trading days whose session ends early, on top of the rules
 */
@ConfigurationProperties("calendar")
@Validated
public record CalendarProperties(
    @DefaultValue @NotNull List<@Valid @NotNull ExtraClosedDay> extraClosedDays,
    @DefaultValue @NotNull List<@Valid @NotNull ExtraEarlyClose> extraEarlyCloses) {

  /** NYSE's calendar with these extras. */
  public ExchangeCalendar calendar() {
    return ExchangeCalendar.nyse(extraClosedDays, extraEarlyCloses);
  }
}
