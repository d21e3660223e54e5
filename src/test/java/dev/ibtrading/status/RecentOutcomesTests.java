package dev.ibtrading.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ibtrading.outcome.Outcome;
import dev.ibtrading.outcome.OutcomeStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentOutcomesTests {
  private static final Instant T0 = Instant.parse("2025-01-02T15:00:00Z");

  private static Outcome run(int n) {
    return StatusOutcomes.run("run-" + n, "summary", OutcomeStatus.OK, T0.plusSeconds(n)).build();
  }

  @Test
  void keepsTheLastRunsUpToItsCapacityTheLatestFirst() {
    RecentOutcomes recent = new RecentOutcomes(3);

    for (int n = 1; n <= 5; n++) {
      recent.finished(run(n));
    }

    assertThat(recent.newestFirst())
        .extracting(Outcome::runId)
        .containsExactly("run-5", "run-4", "run-3");
  }

  @Test
  void aReadIsASnapshotThatLaterRunsDoNotChange() {
    RecentOutcomes recent = new RecentOutcomes(2);
    recent.finished(run(1));

    List<Outcome> before = recent.newestFirst();
    recent.finished(run(2));
    recent.finished(run(3));

    assertThat(before).extracting(Outcome::runId).containsExactly("run-1");
    assertThat(recent.newestFirst()).extracting(Outcome::runId).containsExactly("run-3", "run-2");
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new RecentOutcomes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity: 0 (expected: >= 1)");
  }
}
