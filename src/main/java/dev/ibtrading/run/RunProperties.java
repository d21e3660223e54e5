package dev.ibtrading.run;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How runs are coordinated, bound from {@code runs.*}.
 *
 * @param deadline how long a run may take from its delivery to its answer; below the push
 *     subscription's ack deadline (600 s at most), or Pub/Sub delivers again while it runs
 * @param rememberFor how long a finished run's outcome answers its redeliveries
 * @param rememberAtMost how many finished runs are remembered at most (oldest forgotten first)
 * @param journalDir where finished runs are also kept on disk, one small file each, so that a
 *     redelivery after a restart answers the recorded outcome instead of publishing a second one
 *     ({@link RunJournal}); entries expire after {@code remember-for}. Unset: in memory only. On
 *     Cloud Run a Cloud Storage volume mount (e.g. {@code /mnt/runs}), since the container's own
 *     disk is gone with the instance; locally {@code target/run-journal} (local profile)
 * @param rememberBytes how much the remembered runs may hold together, as the JSON of what each
 *     keeps: over it the oldest keep only their status and a compact answer (the outcome without
 *     its {@code result}, which is on the outcome topic already), then are forgotten. A cap by
 *     count alone let a few thousand summaries with hundreds of executions each fill the heap
 *     (issue 16); the heap holds a few times the JSON's size
 */
@ConfigurationProperties("runs")
@Validated
public record RunProperties(
    @DefaultValue("540s") @NotNull Duration deadline,
    @DefaultValue("24h") @NotNull Duration rememberFor,
    @DefaultValue("10000") @Min(1) int rememberAtMost,
    Path journalDir,
    @DefaultValue("4MB") @NotNull DataSize rememberBytes) {

  @AssertTrue(message = "runs.deadline must be between 1s and 590s (below the 600 s ack deadline)")
  public boolean isDeadlineBelowAckDeadline() {
    return deadline == null
        || (deadline.compareTo(Duration.ofSeconds(1)) >= 0
            && deadline.compareTo(Duration.ofSeconds(590)) <= 0);
  }
}
