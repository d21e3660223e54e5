package dev.ibtrading.schedule;

import dev.ibtrading.pubsub.TriggerTopic;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * One Cloud Scheduler job of {@code scheduler/jobs.yaml}: at each time of its cron schedule, in its
 * time zone, publish {@code body} with {@code attributes} to the trigger topic.
 *
 * @param name the job's name without the topic prefix, e.g. {@code allocation-open}
 * @param description what the job is for (Cloud Scheduler's description)
 * @param schedule Cloud Scheduler's five-field cron: minute hour day-of-month month day-of-week
 * @param timeZone where the schedule's wall-clock times are read
 * @param topic the trigger topic, without the prefix
 * @param body the message data: the intent's options as JSON
 * @param attributes the message attributes (e.g. {@code intent})
 */
record ScheduledJob(
    String name,
    String description,
    String schedule,
    ZoneId timeZone,
    TriggerTopic topic,
    String body,
    Map<String, String> attributes) {

  public ScheduledJob {
    attributes = Map.copyOf(attributes);
    String[] fields = schedule.strip().split("\\s+");
    if (fields.length != 5) {
      throw new IllegalArgumentException(
          "job "
              + name
              + " schedule '"
              + schedule
              + "' has "
              + fields.length
              + " fields (expected 5: minute hour day-of-month month day-of-week)");
    }
    // Cron runs a job when either day field matches; Spring when both do. Refuse the ambiguity.
    if (!"*".equals(fields[2]) && !"*".equals(fields[4])) {
      throw new IllegalArgumentException(
          "job "
              + name
              + " schedule '"
              + schedule
              + "' restricts both day-of-month and"
              + " day-of-week (expected: at most one of them other than *)");
    }
    cron(schedule); // fails on a field Spring cannot read
  }

  /** The next time the job fires strictly after {@code after}, in the job's time zone. */
  public ZonedDateTime nextFireAfter(Instant after) {
    return cron(schedule).next(after.atZone(timeZone));
  }

  /** The schedule as Spring's trigger: the same fields, at second 0, in the job's time zone. */
  public CronTrigger trigger() {
    return new CronTrigger(springCron(schedule), timeZone);
  }

  private static CronExpression cron(String schedule) {
    return CronExpression.parse(springCron(schedule));
  }

  private static String springCron(String schedule) {
    return "0 " + schedule.strip();
  }
}
