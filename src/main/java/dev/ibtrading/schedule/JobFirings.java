package dev.ibtrading.schedule;

import dev.ibtrading.pubsub.TriggerTopic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The jobs of a scheduler jobs file ({@code scheduler/jobs.yaml}, see {@link SchedulerJobs})
 * expanded over a range of days: every time a job's cron fires, in its time zone, as Cloud
 * Scheduler would fire it. For replaying the schedule on a virtual clock.
 *
 * @param scenario the scenario whose jobs fire (the file's default when none was chosen)
 * @param firings its firings, in time order (file order for equal times)
 */
public record JobFirings(String scenario, List<Firing> firings) {
  /**
   * One time a job fires.
   *
   * @param job the job's name, e.g. {@code allocation-close}
   * @param at when it fires
   * @param topic the trigger topic it publishes to
   * @param body the message data (the intent's options as JSON)
   * @param attributes the message attributes
   */
  public record Firing(
      String job, Instant at, TriggerTopic topic, String body, Map<String, String> attributes) {
    /** The New York date it fires on, the day the handlers' calendar checks are about. */
    public LocalDate tradingDate() {
      return at.atZone(ExchangeCalendar.NEW_YORK).toLocalDate();
    }
  }

  public JobFirings {
    firings = List.copyOf(firings);
  }

  /**
   * Every firing of {@code scenario}'s jobs whose New York date lies in {@code from..to}
   * (inclusive).
   *
   * @param scenario the scenario; null or blank for the file's default
   * @throws IllegalArgumentException for a bad jobs file or an unknown scenario, naming which
   * @throws IOException if the file cannot be read
   */
  public static JobFirings between(Path jobsFile, String scenario, LocalDate from, LocalDate to)
      throws IOException {
    SchedulerJobs file = SchedulerJobs.load(jobsFile);
    List<ScheduledJob> jobs = file.scenario(scenario);
    // Start a day early in the jobs' own zones' terms: any zone's day overlaps New York's by then.
    Instant start = from.minusDays(1).atStartOfDay(ExchangeCalendar.NEW_YORK).toInstant();
    Instant end = to.plusDays(2).atStartOfDay(ExchangeCalendar.NEW_YORK).toInstant();
    List<Firing> firings = new ArrayList<>();
    for (ScheduledJob job : jobs) {
      ZonedDateTime next = job.nextFireAfter(start);
      while (next != null && next.toInstant().isBefore(end)) {
        Firing firing =
            new Firing(job.name(), next.toInstant(), job.topic(), job.body(), job.attributes());
        LocalDate date = firing.tradingDate();
        if (!date.isBefore(from) && !date.isAfter(to)) {
          firings.add(firing);
        }
        next = job.nextFireAfter(next.toInstant());
      }
    }
    firings.sort(Comparator.comparing(Firing::at)); // stable: file order at equal times
    return new JobFirings(file.scenarioName(scenario), firings);
  }
}
