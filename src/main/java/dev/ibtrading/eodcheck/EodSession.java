package dev.ibtrading.eodcheck;

import dev.ibtrading.outcome.Problem;
import dev.ibtrading.schedule.ExchangeCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today's regular session as the eod-check sees it. It is scheduled at 15:55 New York time, which
 * on a half day (13:00 close) is after the close: it then still reconciles and cancels, but cannot
 * flatten, since a market order would wait for the next session.
 */
final class EodSession {
  private EodSession() {}

  /** {@code today}'s session, a trading day, and whether it is open at {@code now}. */
  static EodCheckResult.Session of(ExchangeCalendar calendar, LocalDate today, Instant now) {
    return new EodCheckResult.Session(
        today,
        calendar.sessionClose(today).toInstant(),
        calendar.earlyCloseReason(today).orElse(null),
        calendar.isOpen(now));
  }

  /** The {@code session-closed} warning of a run outside the regular session. */
  static Problem closed(EodCheckResult.Session session, Instant now) {
    String close =
        session.close().atZone(ExchangeCalendar.NEW_YORK).toLocalTime()
            + " New York time"
            + (session.earlyClose() == null ? "" : " (" + session.earlyClose() + ", a half day)");
    return new Problem(
        "session-closed",
        now.isBefore(session.close())
            ? "the regular session of " + session.date() + " has not opened yet"
            : "the regular session of " + session.date() + " closed at " + close);
  }

  /** Why {@code positions} managed positions were not flattened outside the session. */
  static Problem flattenNotPossible(int positions, EodCheckResult.Session session) {
    return new Problem(
        "flatten-not-possible",
        positions
            + " managed position(s) not flattened: the regular session of "
            + session.date()
            + " is not open, and a market order would wait for the next session;"
            + " run close-all after the next open to close them");
  }
}
