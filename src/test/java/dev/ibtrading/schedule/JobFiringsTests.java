package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.pubsub.TriggerTopic;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jobs of a jobs file expanded over a range of days, at their New York wall-clock times. */
class JobFiringsTests {
  private static final Path JOBS = Path.of("src/test/resources/replay/jobs.yaml");

  @Test
  void firesEveryWeekdayAtItsNewYorkTimeAcrossTheDaylightSavingChange() throws Exception {
    // 2024-03-10: New York moves from UTC-5 to UTC-4.
    List<JobFirings.Firing> firings =
        JobFirings.between(JOBS, null, LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 12))
            .firings();

    assertThat(firings)
        .extracting(JobFirings.Firing::at)
        .containsExactly(
            Instant.parse("2024-03-07T21:15:00Z"),
            Instant.parse("2024-03-08T21:15:00Z"),
            Instant.parse("2024-03-11T20:15:00Z"),
            Instant.parse("2024-03-12T20:15:00Z"));
    assertThat(firings)
        .allSatisfy(
            f -> {
              assertThat(f.job()).isEqualTo("allocation-close");
              assertThat(f.topic()).isEqualTo(TriggerTopic.ALLOCATION);
              assertThat(f.attributes()).containsEntry("intent", "allocation");
            });
  }

  @Test
  void aScenarioOfSeveralJobsFiresThemInTimeOrder() throws Exception {
    List<JobFirings.Firing> firings =
        JobFirings.between(JOBS, "d", LocalDate.of(2024, 11, 29), LocalDate.of(2024, 11, 29))
            .firings();

    assertThat(firings)
        .extracting(JobFirings.Firing::job)
        .containsExactly("allocation-open", "risk-check-midday", "reconciliation-close");
    assertThat(firings)
        .extracting(JobFirings.Firing::tradingDate)
        .containsOnly(LocalDate.of(2024, 11, 29));
  }

  @Test
  void anUnknownScenarioNamesTheKnownOnes() {
    assertThatThrownBy(
            () ->
                JobFirings.between(
                    JOBS, "z", LocalDate.of(2024, 11, 29), LocalDate.of(2024, 11, 29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no scenario 'z' (expected one of: [a, d])");
  }
}
