package dev.ibtrading.bars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ibtrading.paper.PaperClock;
import dev.ibtrading.paper.PaperGateway;
import dev.ibtrading.paper.PaperGatewayConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code bars} command as a real process against a paper gateway: the jar
 * dispatches to it, standard output carries the summary line and nothing else, progress goes to
 * standard error.
 */
class BarsJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("basedir", "."), "target", "ib-trading.jar");

  @TempDir Path dir;

  @Test
  void downloadsAYearOfTwoSymbolsAndPrintsOnlyTheSummary() throws Exception {
    assertThat(JAR).as("packaged jar (run through `mvn verify`)").isRegularFile();
    try (PaperGateway gateway =
        new PaperGateway(
            PaperGatewayConfig.forTests(),
            PaperClock.fixedAt(Instant.parse("2025-01-06T22:00:00Z")))) {
      gateway.start();
      Path csv = dir.resolve("bars.csv");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toString(),
                  "bars",
                  "--from",
                  "2024-01-02",
                  "--to",
                  "2024-12-31",
                  "--symbols",
                  "SPY,VIXY",
                  "--out",
                  csv.toString(),
                  "--port",
                  String.valueOf(gateway.port()),
                  "--client-id",
                  "43"));
      Path stdout = Files.createTempFile(dir, "stdout", ".txt");
      Path stderr = Files.createTempFile(dir, "stderr", ".txt");
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("bars still running after 2 minutes: " + Files.readString(stderr));
      }
      String err = Files.readString(stderr, StandardCharsets.UTF_8);

      assertThat(process.exitValue()).as("stderr: %s", err).isZero();
      // 2024: 252 NYSE sessions, 365 days from Jan 2 (the seeded model has a bar on each)
      assertThat(Files.readString(stdout, StandardCharsets.UTF_8).lines())
          .singleElement()
          .asString()
          .startsWith("bars 2024-01-02..2024-12-31: SPY 252 bars, VIXY 252 bars -> ")
          .endsWith("(2 requests, 0 pacing refusals, 0 waits, 0 s waited)");
      assertThat(err).contains("bars: SPY 2024-01-02..2024-12-31 (1 of 2): 252 bars");
      assertThat(Files.readAllLines(csv)).hasSize(1 + 2 * 252);
    }
  }
}
