package dev.ibtrading.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The jobs of the scheduler jobs file ({@code scheduler.local.jobs-file}, scenario {@code
 * scheduler.local.scenario}), with each one's next fire time, for the status page. The file is read
 * once; a missing or invalid one becomes a note rather than an error, so the page renders without
 * it (the production image carries no jobs file: Cloud Scheduler holds the jobs there).
 */
public final class UpcomingJobs {
  private final String file;
  private final String scenario;
  private final String note;
  private final List<ScheduledJob> jobs;
  private final ExchangeCalendar calendar;

  private UpcomingJobs(
      String file,
      String scenario,
      String note,
      List<ScheduledJob> jobs,
      ExchangeCalendar calendar) {
    this.file = file;
    this.scenario = scenario;
    this.note = note;
    this.jobs = List.copyOf(jobs);
    this.calendar = calendar;
  }

  /**
   * Reads the jobs file named by {@code properties}; never throws for its content. Each job's next
   * fire is marked when {@code calendar} has no full session that day.
   */
  public static UpcomingJobs load(LocalSchedulerProperties properties, ExchangeCalendar calendar) {
    Path path = properties.jobsFile().toAbsolutePath().normalize();
    String file = path.toString();
    if (!Files.isRegularFile(path)) {
      return new UpcomingJobs(
          file,
          null,
          "no jobs file at " + file + " (scheduler.local.jobs-file)",
          List.of(),
          calendar);
    }
    try {
      SchedulerJobs all = SchedulerJobs.load(path);
      String wanted = properties.scenario();
      String name = wanted == null || wanted.isBlank() ? all.defaultScenario() : wanted.strip();
      return new UpcomingJobs(file, name, null, all.scenario(name), calendar);
    } catch (IOException e) {
      return new UpcomingJobs(file, null, "cannot read " + file + ": " + e, List.of(), calendar);
    } catch (IllegalArgumentException e) {
      return new UpcomingJobs(file, null, e.getMessage(), List.of(), calendar);
    }
  }

  /** The jobs with their next fire time after {@code now}, soonest first. */
  public ScheduleOutlook at(Instant now) {
    List<UpcomingJob> upcoming =
        jobs.stream()
            .sorted(Comparator.comparing(job -> job.nextFireAfter(now).toInstant()))
            .map(job -> UpcomingJob.of(job, now, calendar))
            .toList();
    return new ScheduleOutlook(file, scenario, note, upcoming);
  }
}
