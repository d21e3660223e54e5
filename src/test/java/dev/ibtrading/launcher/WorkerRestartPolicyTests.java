package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerRestartPolicyTests {
  private static final Instant AT = Instant.parse("2026-03-02T15:04:05Z");

  @Test
  void delaysDoubleFromTheFirstUpToTheBound() {
    WorkerRestartPolicy policy = WorkerRestartPolicy.from(new Env(Map.of()));

    assertThat(IntStream.rangeClosed(1, 7).mapToObj(policy::delay))
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15));
    assertThat(policy.delay(1_000)).isEqualTo(Duration.ofSeconds(15));
    assertThat(policy.resetAfter()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aWorkerThatRanLongEnoughStartsTheBackOffAgain() {
    WorkerRestarts neverRecovers =
        new WorkerRestarts(
            new WorkerRestartPolicy(
                Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofDays(1)));
    WorkerRestarts alwaysRecovered =
        new WorkerRestarts(
            new WorkerRestartPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ZERO));
    for (WorkerRestarts restarts : new WorkerRestarts[] {neverRecovers, alwaysRecovered}) {
      for (int i = 0; i < 3; i++) {
        restarts.started();
        restarts.ended(3, AT);
      }
    }

    assertThat(neverRecovers.delay()).isEqualTo(Duration.ofSeconds(4));
    assertThat(alwaysRecovered.delay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(alwaysRecovered.count()).isEqualTo(3);
    assertThat(alwaysRecovered.environment())
        .containsEntry(WorkerRestarts.COUNT, "3")
        .containsEntry(WorkerRestarts.LAST_EXIT_AT, "2026-03-02T15:04:05Z")
        .hasEntrySatisfying(
            WorkerRestarts.LAST_EXIT, reason -> assertThat(reason).startsWith("status 3 (out of"));
  }

  @Test
  void beforeAnyExitTheWorkerIsToldOnlyTheCount() {
    WorkerRestarts restarts = new WorkerRestarts(WorkerRestartPolicy.from(new Env(Map.of())));

    assertThat(restarts.environment()).containsExactly(Map.entry(WorkerRestarts.COUNT, "0"));
  }

  @Test
  void exitStatusesAreExplained() {
    Duration ran = Duration.ofSeconds(90);
    assertThat(new WorkerExit(3, AT, ran).reason())
        .isEqualTo("status 3 (out of memory: the JVM's ExitOnOutOfMemoryError) after 90 s");
    assertThat(new WorkerExit(137, AT, ran).reason())
        .isEqualTo(
            "status 137 (SIGKILL: the kernel's out-of-memory killer, or kill -9) after 90 s");
    assertThat(new WorkerExit(134, AT, ran).reason()).contains("SIGABRT: the JVM crashed");
    assertThat(new WorkerExit(143, AT, ran).reason()).contains("SIGTERM from outside");
    assertThat(new WorkerExit(139, AT, ran).reason()).contains("(killed by signal 11)");
    assertThat(new WorkerExit(1, AT, ran).reason()).isEqualTo("status 1 after 90 s");
  }

  @Test
  void aBoundBelowTheFirstDelayIsRefused() {
    Env env = new Env(Map.of("WORKER_RESTART_DELAY", "20s", "WORKER_RESTART_MAX_DELAY", "5s"));

    assertThatThrownBy(() -> WorkerRestartPolicy.from(env))
        .isInstanceOf(LaunchException.class)
        .hasMessageStartingWith("WORKER_RESTART_MAX_DELAY is 5s (expected: at least");
  }
}
