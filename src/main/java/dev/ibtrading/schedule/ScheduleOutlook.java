package dev.ibtrading.schedule;

import java.util.List;

/**
 * The scheduled jobs of this worker's jobs file as of a moment, soonest first.
 *
 * @param jobsFile the file as resolved ({@code scheduler.local.jobs-file})
 * @param scenario the scenario shown ({@code scheduler.local.scenario}, else the file's default);
 *     null when the file could not be read
 * @param note why there are no jobs (no file, an invalid file, an unknown scenario); null when the
 *     file was read
 */
public record ScheduleOutlook(
    String jobsFile, String scenario, String note, List<UpcomingJob> jobs) {
  public ScheduleOutlook {
    jobs = List.copyOf(jobs);
  }
}
