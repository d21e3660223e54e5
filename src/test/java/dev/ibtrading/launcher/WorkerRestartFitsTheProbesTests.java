package dev.ibtrading.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worker's restart delays against Cloud Run's liveness probe in the deploy files: while the
 * worker is away its port answers nothing, and after {@code failureThreshold} failed probes {@code
 * periodSeconds} apart Cloud Run replaces the container, which costs the gateway its session. The
 * longest delay plus the worker's start has to end before the last of those probes.
 */
class WorkerRestartFitsTheProbesTests {
  private static final Path ROOT = Path.of(System.getProperty("basedir", "."));

  /**
   * From the JVM's start to liveness in the app image (extracted jar with its CDS archive): 20 s
   * median and 22.7 s at most over five runs on a loaded 2-core machine (docs/performance.md,
   * "Startup"), with margin.
   */
  private static final Duration WORKER_START = Duration.ofSeconds(30);

  private static final Pattern LIVENESS = Pattern.compile("--liveness-probe=(\\S*)");

  @Test
  void theLongestDelayAndAWorkerStartEndBeforeTheLivenessProbeGivesUp() throws IOException {
    Duration longest = WorkerRestartPolicy.from(new Env(Map.of())).maxDelay();
    List<Path> deployFiles;
    try (Stream<Path> files = Files.list(ROOT)) {
      deployFiles =
          files
              .filter(file -> file.getFileName().toString().matches("cloudbuild.*\\.yaml"))
              .toList();
    }
    int probes = 0;
    for (Path file : deployFiles) {
      Matcher probe = LIVENESS.matcher(Files.readString(file));
      while (probe.find()) {
        probes++;
        Map<String, String> fields = fields(probe.group(1));
        Duration period = Duration.ofSeconds(Long.parseLong(fields.get("periodSeconds")));
        int threshold = Integer.parseInt(fields.get("failureThreshold"));
        Duration window = period.multipliedBy(threshold - 1);

        assertThat(longest.plus(WORKER_START))
            .as("%s: %s", file.getFileName(), probe.group())
            .isLessThan(window);
      }
    }
    assertThat(probes).as("a --liveness-probe in %s", deployFiles).isPositive();
  }

  private static Map<String, String> fields(String probe) {
    return Stream.of(probe.split(","))
        .map(field -> field.split("=", 2))
        .filter(pair -> pair.length == 2)
        .collect(java.util.stream.Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }
}
