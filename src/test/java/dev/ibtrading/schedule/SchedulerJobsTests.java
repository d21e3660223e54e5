package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.pubsub.TriggerTopic;
import dev.ibtrading.testsupport.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scheduler/jobs.yaml}: the original plan's jobs, and when each one fires. */
class SchedulerJobsTests {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @TempDir Path dir;

  static SchedulerJobs repositoryJobs() throws IOException {
    return SchedulerJobs.load(Scripts.repository().resolve("scheduler/jobs.yaml"));
  }

  @Test
  void holdsTheOriginalPlansScenarios() throws IOException {
    SchedulerJobs jobs = repositoryJobs();

    assertThat(jobs.timeZone()).isEqualTo(NEW_YORK);
    assertThat(jobs.defaultScenario()).isEqualTo("a");
    assertThat(jobs.scenario("a"))
        .extracting(ScheduledJob::schedule, ScheduledJob::topic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("15 16 * * 1-5", TriggerTopic.ALLOCATION));
    assertThat(jobs.scenario("d"))
        .extracting(ScheduledJob::schedule, ScheduledJob::topic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("30 9 * * 1-5", TriggerTopic.ALLOCATION),
            org.assertj.core.groups.Tuple.tuple("0 13 * * 1-5", TriggerTopic.RISK_CHECK),
            org.assertj.core.groups.Tuple.tuple("55 15 * * 1-5", TriggerTopic.RECONCILIATION));
    assertThat(jobs.scenario(null)).isEqualTo(jobs.scenario("a"));
    ScheduledJob allocation = jobs.scenario("a").get(0);
    assertThat(allocation.body()).isEqualTo("{\"strategies\":[\"spymacdvixy\"],\"dryRun\":false}");
    assertThat(allocation.attributes()).isEqualTo(Map.of("intent", "allocation"));
  }

  @Test
  void firesAtNewYorkWallClockTimeAcrossDaylightSavingChanges() throws IOException {
    ScheduledJob open = job(repositoryJobs().scenario("d"), "allocation-open");

    // 2026-03-06 (Friday) is EST, UTC-5; 2026-03-09 (Monday) is EDT, UTC-4.
    assertThat(open.nextFireAfter(Instant.parse("2026-03-06T12:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-03-06T14:30:00Z"));
    assertThat(open.nextFireAfter(Instant.parse("2026-03-06T15:00:00Z")).toInstant())
        .as("the weekend is skipped")
        .isEqualTo(Instant.parse("2026-03-09T13:30:00Z"));
  }

  @Test
  void firesOnWeekdaysOnlyAtTheListedTimes() throws IOException {
    ScheduledJob close = repositoryJobs().scenario("a").get(0);
    Instant from = ZonedDateTime.of(2026, 11, 27, 16, 20, 0, 0, NEW_YORK).toInstant(); // Friday

    ZonedDateTime next = close.nextFireAfter(from);
    ZonedDateTime after = close.nextFireAfter(next.toInstant());

    assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 30, 16, 15, 0, 0, NEW_YORK));
    assertThat(after).isEqualTo(ZonedDateTime.of(2026, 12, 1, 16, 15, 0, 0, NEW_YORK));
    ScheduledJob risk = job(repositoryJobs().scenario("d"), "risk-check-midday");
    assertThat(risk.trigger().getExpression()).isEqualTo("0 0 13 * * 1-5");
  }

  @Test
  void namesTheFileAndTheProblem() throws IOException {
    assertThat(
            error(
                "timeZone: America/New_York\ndefaultScenario: a\nscenarios:\n  a:\n"
                    + "    - name: x\n      schedule: '15 16 * *'\n      topic: allocation\n      body: '{}'\n"))
        .contains("jobs.yaml")
        .contains("has 4 fields (expected 5");
    assertThat(
            error(
                "timeZone: America/New_York\ndefaultScenario: a\nscenarios:\n  a:\n"
                    + "    - name: x\n      schedule: '15 16 * * 1-5'\n      topic: summary\n      body: '{}'\n"))
        .contains(
            "topic summary (expected one of: [allocation, risk-check, reconciliation, cash-balancer])");
    assertThat(error("timeZone: America/New_York\ndefaultScenario: b\nscenarios:\n  a: []\n"))
        .contains("defaultScenario b is not a scenario (expected one of: [a])");
    assertThat(
            error(
                "timeZone: America/New_York\ndefaultScenario: a\nscenarios:\n  a:\n"
                    + "    - name: x\n      schedule: '0 9 1 * 1-5'\n      topic: allocation\n      body: '{}'\n"))
        .contains("restricts both day-of-month and day-of-week");
    assertThat(
            error(
                "timeZone: America/New_York\ndefaultScenario: a\nscenarios:\n  a:\n"
                    + "    - name: x\n      schedule: '0 9 * * 1-5'\n      topic: allocation\n      body: '{}'\n"
                    + "      retries: 3\n"))
        .contains("job x has key retries");
    assertThatThrownBy(() -> repositoryJobs().scenario("z"))
        .hasMessage("no scenario 'z' (expected one of: [a, d, fx])");
  }

  private String error(String yaml) throws IOException {
    Path file = dir.resolve("jobs.yaml");
    Files.writeString(file, yaml);
    return assertThatThrownBy(() -> SchedulerJobs.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .actual()
        .getMessage();
  }

  private static ScheduledJob job(List<ScheduledJob> jobs, String name) {
    return jobs.stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
  }
}
