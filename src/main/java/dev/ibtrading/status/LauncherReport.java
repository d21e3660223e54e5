package dev.ibtrading.status;

import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the container's launcher ({@code dev.ibtrading.launcher}) told this worker when it started
 * it, bound from {@code launcher.*}: the launcher sets {@code LAUNCHER_WORKERRESTARTS}, {@code
 * LAUNCHER_LASTWORKEREXIT} and {@code LAUNCHER_LASTWORKEREXITAT} in the worker's environment, and
 * nothing else does. Outside the container all three are unset: no restarts.
 *
 * @param workerRestarts how often the launcher started the worker again in this container, because
 *     the one before ended on its own (out of memory, a bug) while the gateway kept its session
 * @param lastWorkerExit how the last of those ended, e.g. {@code status 3 (out of memory: the JVM's
 *     ExitOnOutOfMemoryError) after 5400 s}; null before the first restart
 * @param lastWorkerExitAt when it ended; null before the first restart
 */
@ConfigurationProperties("launcher")
@Validated
public record LauncherReport(
    @DefaultValue("0") @Min(0) int workerRestarts,
    String lastWorkerExit,
    Instant lastWorkerExitAt) {

  /** None: a worker the launcher started once, or one started without it. */
  static LauncherReport none() {
    return new LauncherReport(0, null, null);
  }
}
