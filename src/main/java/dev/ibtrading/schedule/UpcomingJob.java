package dev.ibtrading.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One scheduled job and when it fires next, for people to read.
 *
 * @param name the job's name without the topic prefix, e.g. {@code allocation-close}
 * @param intent the intent it triggers: its {@code intent} attribute, else the one its topic pushes
 *     to
 * @param topic the trigger topic without the prefix, e.g. {@code reconciliation}
 * @param schedule the five-field cron, read in the jobs file's time zone
 * @param nextFire the next fire time in New York, ISO-8601 with its offset (e.g. {@code
 *     2025-01-02T16:15:00-05:00})
 * @param market the exchange's day at that time when it is not a full session, from the worker's
 *     calendar (NYSE's rules and {@code calendar.*}): {@code closed: <reason>} (the run will skip
 *     the day) or {@code early close 13:00: <reason>}; null on a full trading day
 */
public record UpcomingJob(
    String name,
    String description,
    String intent,
    String topic,
    String schedule,
    String nextFire,
    String market) {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static UpcomingJob of(ScheduledJob job, Instant now, ExchangeCalendar calendar) {
    ZonedDateTime next = job.nextFireAfter(now).withZoneSameInstant(NEW_YORK);
    String intent = job.attributes().get("intent");
    if (intent == null || intent.isBlank()) {
      intent = job.topic().endpointPath().substring(1);
    }
    return new UpcomingJob(
        job.name(),
        job.description(),
        intent,
        job.topic().baseName(),
        job.schedule(),
        next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        market(next.toLocalDate(), calendar));
  }

  private static String market(LocalDate day, ExchangeCalendar calendar) {
    Optional<String> closed = calendar.closureReason(day);
    if (closed.isPresent()) {
      return "closed: " + closed.get();
    }
    return calendar
        .earlyCloseReason(day)
        .map(reason -> "early close " + calendar.sessionClose(day).toLocalTime() + ": " + reason)
        .orElse(null);
  }
}
