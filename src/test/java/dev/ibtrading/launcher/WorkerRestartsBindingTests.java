package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.status.LauncherReport;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The contract between the launcher and the worker: the variables {@link WorkerRestarts} sets bind,
 * as the worker's environment, to {@link LauncherReport} ({@code launcher.*}).
 */
class WorkerRestartsBindingTests {
  private static final Instant AT = Instant.parse("2026-03-02T15:04:05Z");

  @Test
  void theRestartsTheLauncherReportsReachTheWorkersSettings() {
    WorkerRestarts restarts =
        new WorkerRestarts(
            new WorkerRestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ZERO));
    restarts.started();
    restarts.ended(137, AT);
    restarts.started();
    restarts.ended(3, AT.plusSeconds(90));

    LauncherReport report = bind(restarts.environment());

    assertThat(report.workerRestarts()).isEqualTo(2);
    assertThat(report.lastWorkerExit()).startsWith("status 3 (out of memory");
    assertThat(report.lastWorkerExitAt()).isEqualTo(AT.plusSeconds(90));
  }

  @Test
  void aFirstWorkerHasNoRestartsAndNoLastExit() {
    LauncherReport report =
        bind(new WorkerRestarts(WorkerRestartPolicy.from(new Env(Map.of()))).environment());

    assertThat(report).isEqualTo(new LauncherReport(0, null, null));
  }

  private static LauncherReport bind(Map<String, String> environment) {
    Map<String, Object> variables = new HashMap<>(environment);
    // what else a worker's environment holds, which must not disturb the binding; the source
    // has the name Spring gives the process environment, which turns on its relaxed names
    variables.put("WORKER_JAVA_OPTS", "-Xmx384m");
    Binder binder =
        new Binder(
            ConfigurationPropertySources.from(
                new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
    return binder.bindOrCreate("launcher", LauncherReport.class);
  }
}
