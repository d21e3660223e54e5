package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs file as the status page shows it: next fire times in New York, or why there are none.
 */
class UpcomingJobsTests {
  private static final Path REPOSITORY_JOBS = Scripts.repository().resolve("scheduler/jobs.yaml");

  @TempDir Path dir;

  private static UpcomingJobs load(Path file, String scenario) {
    return UpcomingJobs.load(
        new LocalSchedulerProperties(false, file, scenario), ExchangeCalendar.nyse());
  }

  @Test
  void withoutAScenarioItShowsTheFilesDefaultWithTheNextFireTimeInNewYork() {
    // Friday 7 March 2025, 16:30 EST: the next close allocation is Monday's, after the switch to
    // daylight saving time.
    ScheduleOutlook outlook = load(REPOSITORY_JOBS, null).at(Instant.parse("2025-03-07T21:30:00Z"));

    assertThat(outlook.note()).isNull();
    assertThat(outlook.scenario()).isEqualTo("a");
    assertThat(outlook.jobsFile())
        .isEqualTo(REPOSITORY_JOBS.toAbsolutePath().normalize().toString());
    assertThat(outlook.jobs())
        .containsExactly(
            new UpcomingJob(
                "allocation-close",
                "Scenario A: allocation after the close",
                "allocation",
                "allocation",
                "15 16 * * 1-5",
                "2025-03-10T16:15:00-04:00",
                null));
  }

  @Test
  void theChosenScenarioSoonestFirstWithTheIntentOfEachJob() {
    // Thursday 2 January 2025, 10:00 EST: the open allocation has fired for today.
    ScheduleOutlook outlook = load(REPOSITORY_JOBS, "d").at(Instant.parse("2025-01-02T15:00:00Z"));

    assertThat(outlook.scenario()).isEqualTo("d");
    assertThat(outlook.jobs())
        .extracting(
            UpcomingJob::name, UpcomingJob::intent, UpcomingJob::topic, UpcomingJob::nextFire)
        .containsExactly(
            tuple("risk-check-midday", "risk-check", "risk-check", "2025-01-02T13:00:00-05:00"),
            tuple(
                "reconciliation-close", "eod-check", "reconciliation", "2025-01-02T15:55:00-05:00"),
            tuple("allocation-open", "allocation", "allocation", "2025-01-03T09:30:00-05:00"));
  }

  @Test
  void aJobWithoutAnIntentAttributeShowsTheIntentItsTopicPushesTo() throws IOException {
    Path file = dir.resolve("jobs.yaml");
    Files.writeString(
        file,
        """
        timeZone: America/New_York
        defaultScenario: x
        scenarios:
          x:
            - name: recon
              schedule: '0 17 * * 1-5'
              topic: reconciliation
              body: '{}'
        """);

    ScheduleOutlook outlook = load(file, "").at(Instant.parse("2025-01-02T15:00:00Z"));

    assertThat(outlook.jobs())
        .extracting(UpcomingJob::intent, UpcomingJob::nextFire)
        .containsExactly(tuple("eod-check", "2025-01-02T17:00:00-05:00"));
  }

  @Test
  void aMissingFileIsANoteNotAnError() {
    Path missing = dir.resolve("absent.yaml");

    ScheduleOutlook outlook = load(missing, null).at(Instant.EPOCH);

    assertThat(outlook.jobs()).isEmpty();
    assertThat(outlook.scenario()).isNull();
    assertThat(outlook.note())
        .isEqualTo("no jobs file at " + missing.toAbsolutePath() + " (scheduler.local.jobs-file)");
  }

  @Test
  void anUnknownScenarioOrABrokenFileIsANoteSayingWhy() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "timeZone: America/New_York\nscenarios: [\n");

    assertThat(load(REPOSITORY_JOBS, "zz").at(Instant.EPOCH).note())
        .startsWith("no scenario 'zz' (expected one of: [a, d");
    ScheduleOutlook outlook = load(broken, null).at(Instant.EPOCH);
    assertThat(outlook.note()).startsWith(broken.toAbsolutePath() + " is not YAML");
    assertThat(outlook.jobs()).isEmpty();
  }

  @Test
  void aNextFireOnAnExtraClosedDayIsMarkedClosedWithItsReason() {
    ExchangeCalendar calendar =
        ExchangeCalendar.nyse(
            List.of(
                new ExtraClosedDay(
                    LocalDate.parse("2025-01-09"), "National Day of Mourning for Jimmy Carter")),
            List.of());
    UpcomingJobs jobs =
        UpcomingJobs.load(new LocalSchedulerProperties(false, REPOSITORY_JOBS, null), calendar);

    // Wednesday 8 January 2025, 17:00 EST: the close allocation fires next on Thursday.
    UpcomingJob next = jobs.at(Instant.parse("2025-01-08T22:00:00Z")).jobs().get(0);

    assertThat(next.nextFire()).isEqualTo("2025-01-09T16:15:00-05:00");
    assertThat(next.market()).isEqualTo("closed: National Day of Mourning for Jimmy Carter");
    // Without the extra day, NYSE's rules alone see a full session.
    assertThat(load(REPOSITORY_JOBS, null).at(Instant.parse("2025-01-08T22:00:00Z")).jobs())
        .extracting(UpcomingJob::market)
        .containsOnlyNulls();
  }

  @Test
  void aNextFireOnAHalfDayByRuleNamesTheEarlyClose() {
    // Wednesday 2 July 2025, 17:00 EDT: Thursday 3 July closes at 13:00 by NYSE's rules.
    UpcomingJob next =
        load(REPOSITORY_JOBS, null).at(Instant.parse("2025-07-02T21:00:00Z")).jobs().get(0);

    assertThat(next.nextFire()).isEqualTo("2025-07-03T16:15:00-04:00");
    assertThat(next.market()).startsWith("early close 13:00: ");
  }
}
