package dev.ibtrading.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.google.cloud.spring.pubsub.core.PubSubTemplate;
import dev.ibtrading.pubsub.PubSubTopology;
import dev.ibtrading.testsupport.Scripts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The local scheduler is off unless {@code scheduler.local.enabled}, and reads the jobs file. */
class LocalSchedulerConfigurationTests {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(LocalSchedulerConfiguration.class)
          .withBean(PubSubTopology.class, () -> new PubSubTopology("ib-"))
          // Publishing is not exercised here (see LocalSchedulerApplicationTests).
          .withBean(PubSubTemplate.class, () -> mock(PubSubTemplate.class));

  @Test
  void isOffByDefault() {
    runner.run(context -> assertThat(context).doesNotHaveBean(LocalScheduler.class));
  }

  @Test
  void schedulesTheChosenScenarioOfTheJobsFile() {
    runner
        .withPropertyValues(
            "scheduler.local.enabled=true",
            "scheduler.local.jobs-file=" + Scripts.repository().resolve("scheduler/jobs.yaml"),
            "scheduler.local.scenario=d")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              LocalScheduler scheduler = context.getBean(LocalScheduler.class);
              assertThat(scheduler.jobs())
                  .extracting(ScheduledJob::name)
                  .containsExactly("allocation-open", "risk-check-midday", "reconciliation-close");
              assertThat(scheduler.isRunning()).isTrue();
            });
  }

  @Test
  void schedulesNothingWithoutAJobsFileAndFailsOnAnUnknownScenario() {
    runner
        .withPropertyValues(
            "scheduler.local.enabled=true", "scheduler.local.jobs-file=/nonexistent/jobs.yaml")
        .run(context -> assertThat(context.getBean(LocalScheduler.class).jobs()).isEmpty());
    runner
        .withPropertyValues(
            "scheduler.local.enabled=true",
            "scheduler.local.jobs-file=" + Scripts.repository().resolve("scheduler/jobs.yaml"),
            "scheduler.local.scenario=z")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("no scenario 'z' (expected one of: [a, d, fx])"));
  }
}
